package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.ChangeLine;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.workbench.internal.Table;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The exported tables with their Chinese headers and labels, the same words the pages use. */
@Component
class ExportTables {

    private final Messages messages;
    private final OrganizationService organization;

    ExportTables(Messages messages, OrganizationService organization) {
        this.messages = messages;
        this.organization = organization;
    }

    /**
     * An auditor's search conditions in the words of the search page (预算草案, not BUDGET_DRAFT; the
     * section's name, not its code): the 范围 of the export and its audit entry.
     */
    String conditions(AuditSearchFilter f) {
        List<String> parts = new ArrayList<>();
        condition(parts, "common.type", f.type() == null ? null : m(f.type().labelKey()));
        condition(parts, "common.year", f.fiscalYear());
        condition(parts, "common.section", f.sectionCode() == null ? null
            : organization.sectionByCode(f.sectionCode()).map(OrgUnit::getName).orElse(f.sectionCode()));
        condition(parts, "common.status", f.status() == null ? null : m(f.status().labelKey()));
        condition(parts, "auditor.person", f.person() == null || f.person().isBlank() ? null : f.person().strip());
        condition(parts, "auditor.createdFrom", f.createdFrom());
        condition(parts, "auditor.createdTo", f.createdTo());
        condition(parts, "auditor.minYuan", f.minYuan() == null ? null : f.minYuan().toPlainString());
        condition(parts, "auditor.maxYuan", f.maxYuan() == null ? null : f.maxYuan().toPlainString());
        return parts.isEmpty() ? m("export.about.everything") : String.join("；", parts);
    }

    private void condition(List<String> parts, String labelKey, Object value) {
        if (value != null) {
            parts.add(m(labelKey) + "=" + value);
        }
    }

    Table searchResults(List<AuditedDocument> rows) {
        Table table = new Table(m("export.sheet.documents"), m("common.number"), m("common.type"), m("common.section"),
            m("common.year"), m("common.status"), m("auditor.currentStep"), m("export.amountYuan"), m("export.amountWan"),
            m("common.drafter"), m("export.drafterAccount"), m("auditor.created"), m("common.updated"));
        for (AuditedDocument row : rows) {
            DocumentSummary d = row.document();
            table.row(d.number(), m(d.type().labelKey()), d.sectionName(), d.fiscalYear(), m(d.status().labelKey()),
                steps(row.currentSteps()), d.total().yuan(), d.total().wanYuan(), d.drafterName(), d.drafter(),
                row.createdAt(), d.updatedAt());
        }
        return table;
    }

    Table events(DocumentTimeline timeline) {
        Table table = new Table(m("export.sheet.timeline"), m("timeline.at"), m("timeline.source"), m("timeline.step"),
            m("timeline.event"), m("timeline.person"), m("export.account"), m("timeline.role"), m("timeline.comment"),
            m("timeline.details"), m("timeline.changes"), m("timeline.statusChange"), m("export.waitedMinutes"));
        for (TimelineEvent e : timeline.events()) {
            table.row(e.at(), m("timeline.source." + e.source().name()), stepName(e.step()), m(e.labelKey()),
                e.actorName(), e.actor(), e.role() == null ? null : m("role." + e.role()), e.comment(), e.details(),
                e.changes().isEmpty() ? null : e.changes().stream().map(ChangeLine::text).collect(Collectors.joining("\n")),
                statusChange(e), e.taskMillis() == null ? null : e.taskMillis() / 60_000);
        }
        return table;
    }

    /** Every recorded field change of the timeline, one value a row, so that an auditor can filter by field. */
    Table changes(DocumentTimeline timeline) {
        Table table = new Table(m("export.sheet.changes"), m("timeline.at"), m("timeline.event"), m("timeline.person"),
            m("export.account"), m("export.change.table"), m("export.change.row"), m("export.change.formerRow"),
            m("export.change.field"), m("export.change.before"), m("export.change.after"));
        for (TimelineEvent e : timeline.events()) {
            for (ChangeLine line : e.changes()) {
                var c = line.change();
                table.row(e.at(), m(e.labelKey()), e.actorName(), e.actor(), c.table(), c.row(), c.formerRow(), c.field(),
                    c.before(), c.after());
            }
        }
        return table;
    }

    Table tasks(DocumentTimeline timeline) {
        Table table = new Table(m("export.sheet.tasks"), m("timeline.step"), m("timeline.arrived"), m("timeline.claimed"),
            m("timeline.claimedBy"), m("timeline.completed"), m("timeline.completedBy"), m("timeline.duration"),
            m("export.durationMinutes"), m("timeline.outcome"), m("timeline.comment"), m("timeline.overdue"));
        for (TaskSpan t : timeline.tasks()) {
            DurationText took = DurationText.of(t.durationMillis());
            table.row(t.step() == null ? t.name() : m(t.step().labelKey()), t.created(), t.claimed(), t.claimedByName(),
                t.ended(), t.completedByName(), messages.get(took.key(), took.args()), t.durationMillis() / 60_000,
                m(t.outcomeKey()), t.comment(), t.overdue() ? m("timeline.overdueYes") : null);
        }
        return table;
    }

    /** Who exported what and when, as the workbook's last sheet. */
    Table about(Actor actor, Instant at, String scope, int rows) {
        return new Table(m("export.sheet.about"), m("export.about.item"), m("export.about.value"))
            .row(m("export.about.by"), actor.displayName() + "（" + actor.username() + "）")
            .row(m("export.about.at"), at)
            .row(m("export.about.scope"), scope)
            .row(m("export.about.rows"), rows);
    }

    /** {@link #about}, with the audit sequence and checkpoint the exported record rests on. */
    Table about(Actor actor, Instant at, String scope, int rows, String coverage) {
        return about(actor, at, scope, rows).row(m("export.about.coverage"), coverage);
    }

    private String steps(List<ApprovalStep> steps) {
        return steps.stream().map(s -> m(s.labelKey())).collect(Collectors.joining("、"));
    }

    private String stepName(ApprovalStep step) {
        return step == null ? null : m(step.labelKey());
    }

    private String statusChange(TimelineEvent e) {
        if (e.statusBefore() == null && e.statusAfter() == null) {
            return null;
        }
        String before = e.statusBefore() == null ? "" : m("document.status." + e.statusBefore());
        return before + "→" + (e.statusAfter() == null ? "" : m("document.status." + e.statusAfter()));
    }

    private String m(String key) {
        return messages.get(key);
    }
}
