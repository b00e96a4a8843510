package cn.nanchang.budgetflow.reporting;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.reporting.internal.DisclosureRenderers;
import cn.nanchang.budgetflow.reporting.internal.SourceReader;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.DisclosurePublicationProcess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of a year's disclosure as a step (processes/disclosure-publication.bpmn): 综合科
 * (finance) submits — only when every cross-check holds — freezing the figures as a snapshot;
 * the 中心主任 publishes them or returns them with a comment. Published figures are read from the
 * snapshot, so later changes to approved documents do not alter them. Who reads what: the
 * published disclosure is also for the 系统管理员 (it is public information); figures not yet
 * published only for 财务审核, 中心主任 and 审计, who prepare, approve and audit them.
 */
@Service
@Transactional
public class DisclosurePublications {

    static final int MAX_COMMENT = 2000;
    static final int LOOK_BACK_YEARS = 5;
    private static final Set<Role> DRAFT_READERS = Set.of(Role.FINANCE, Role.DIRECTOR, Role.AUDITOR);

    private final DisclosurePublicationRepository records;
    private final DisclosureService disclosures;
    private final DisclosureRenderers renderers;
    private final SourceReader sources;
    private final DisclosurePublicationProcess process;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final ObjectMapper json;
    private final Messages m;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DisclosurePublications(DisclosurePublicationRepository records, DisclosureService disclosures,
            DisclosureRenderers renderers, SourceReader sources, DisclosurePublicationProcess process, AuditLog audit, CurrentActor currentActor, ObjectMapper json, Messages m,
            Clock clock, ApplicationEventPublisher events) {
        this.records = records;
        this.disclosures = disclosures;
        this.renderers = renderers;
        this.sources = sources;
        this.process = process;
        this.audit = audit;
        this.currentActor = currentActor;
        this.json = json;
        this.m = m;
        this.clock = clock;
        this.events = events;
    }

    /** What the caller may read of a year: the frozen snapshot once submitted, else the live figures. */
    @Transactional(readOnly = true)
    @Roles.DisclosureReader
    public DisclosureView read(int fiscalYear) {
        DisclosureService.checkYear(fiscalYear, m);
        PublicationState state = state(fiscalYear);
        if (state.status() != PublicationStatus.PUBLISHED && !DRAFT_READERS.contains(currentActor.get().role())) {
            throw new ForbiddenException(m.get("disclosure.error.notPublished", String.valueOf(fiscalYear)));
        }
        var record = records.findByFiscalYear(fiscalYear);
        if (record.isPresent() && record.get().getSnapshotJson() != null) {
            return new DisclosureView(state, parse(record.get().getSnapshotJson()), true);
        }
        return new DisclosureView(state, disclosures.generate(fiscalYear), false);
    }

    @Transactional(readOnly = true)
    @Roles.DisclosureReader
    public PublicationState state(int fiscalYear) {
        return records.findByFiscalYear(fiscalYear).map(DisclosurePublication::state)
            .orElse(PublicationState.notStarted(fiscalYear));
    }

    /**
     * The year a reader most likely wants: the latest of the last few years with an approved
     * budget (for those who see documents), else the latest published one, else this year.
     */
    @Transactional(readOnly = true)
    @Roles.DisclosureReader
    public int likelyYear() {
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (DRAFT_READERS.contains(currentActor.get().role())) {
            for (int year = thisYear + 1; year >= thisYear - LOOK_BACK_YEARS; year--) {
                if (sources.hasApprovedBudget(year)) {
                    return year;
                }
            }
        }
        return records.latestPublishedYear().orElse(thisYear);
    }

    /** 综合科 submits the year's disclosure for publication; refused while any cross-check fails. */
    @Roles.Finance
    public PublicationState submit(int fiscalYear) {
        DisclosureService.checkYear(fiscalYear, m);
        if (!sources.hasApprovedBudget(fiscalYear)) {
            // a disclosure of nothing would publish a year of zeros as if it were the unit's budget
            throw new ValidationException(List.of(new FieldViolation("fiscalYear",
                m.get("disclosure.error.noBudget", String.valueOf(fiscalYear)))));
        }
        Actor actor = currentActor.get();
        DisclosurePublication record = records.lockByFiscalYear(fiscalYear)
            .orElseGet(() -> records.saveAndFlush(new DisclosurePublication(fiscalYear)));
        PublicationStatus before = record.getStatus();
        if (before == PublicationStatus.PUBLISHED || before == PublicationStatus.IN_REVIEW) {
            throw new ConflictException(m.get(before == PublicationStatus.PUBLISHED ? "disclosure.error.published"
                : "disclosure.error.inReview", String.valueOf(fiscalYear)));
        }
        Disclosure disclosure = disclosures.generate(fiscalYear);
        if (!disclosure.publishable()) {
            List<FieldViolation> problems = disclosure.findings().stream()
                .map(f -> new FieldViolation("checks." + f.check(), f.message())).toList();
            throw new ValidationException(problems);
        }
        if (process.waitingAt(fiscalYear).isEmpty()) {
            process.start(fiscalYear);
        }
        process.submit(fiscalYear, actor.username());
        var total = disclosure.table("三").rows().get(0).amount(2);
        record.submit(write(disclosure), total.yuan(), actor.username(), clock.instant());
        record(AuditAction.DISCLOSURE_PREPARE, actor, fiscalYear, before, PublicationStatus.IN_REVIEW, null,
            m.get("disclosure.audit.prepared", total.formatYuan()));
        return record.state();
    }

    /** The 中心主任 approves: the submitted snapshot is published and frozen. */
    @Roles.Director
    public PublicationState approve(int fiscalYear) {
        Actor actor = currentActor.get();
        DisclosurePublication record = inReview(fiscalYear);
        process.decide(fiscalYear, actor.username(), true);
        record.publish(actor.username(), clock.instant());
        record(AuditAction.DISCLOSURE_APPROVE, actor, fiscalYear, PublicationStatus.IN_REVIEW, PublicationStatus.PUBLISHED, null, null);
        record(AuditAction.DISCLOSURE_PUBLISH, actor, fiscalYear, PublicationStatus.IN_REVIEW, PublicationStatus.PUBLISHED, null,
            m.get("disclosure.audit.published"));
        events.publishEvent(new DisclosurePublished(fiscalYear));
        return record.state();
    }

    /** The 中心主任 returns the submission to 综合科 with a mandatory comment. */
    @Roles.Director
    public PublicationState giveBack(int fiscalYear, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw ValidationException.of("comment", m.get("disclosure.error.commentRequired"));
        }
        if (text.length() > MAX_COMMENT) {
            throw ValidationException.of("comment", m.get("disclosure.error.commentTooLong", String.valueOf(MAX_COMMENT)));
        }
        Actor actor = currentActor.get();
        DisclosurePublication record = inReview(fiscalYear);
        process.decide(fiscalYear, actor.username(), false);
        record.giveBack(actor.username(), clock.instant(), text);
        record(AuditAction.DISCLOSURE_RETURN, actor, fiscalYear, PublicationStatus.IN_REVIEW, PublicationStatus.RETURNED, text, null);
        return record.state();
    }

    /**
     * The year's disclosure as a file — the tables (xlsx) or the whole document (pdf, docx) — of what the
     * caller may read: the frozen snapshot once submitted, else the live figures. Each download is audited.
     */
    @Roles.DisclosureReader
    public DisclosureExport export(int fiscalYear, DisclosureFormat format) {
        DisclosureView view = read(fiscalYear);
        var publishedAt = view.state().publishedAt();
        byte[] content = renderers.write(view.disclosure(), format,
            publishedAt == null ? null : publishedAt.atZone(clock.getZone()).toLocalDate());
        record(AuditAction.DISCLOSURE_EXPORT, currentActor.get(), fiscalYear, null, null, null,
            m.get(view.frozen() ? "disclosure.audit.exportFrozen" : "disclosure.audit.exportLive", String.valueOf(content.length),
                format.extension()));
        return new DisclosureExport(m.get("disclosure.file", view.disclosure().unitName(), String.valueOf(fiscalYear),
            format.extension()), content, format.contentType());
    }

    /** A file to download. */
    public record DisclosureExport(String fileName, byte[] content, String contentType) {

        public static final String CONTENT_TYPE = DisclosureFormat.XLSX.contentType();

        public DisclosureExport(String fileName, byte[] content) {
            this(fileName, content, CONTENT_TYPE);
        }
    }

    private DisclosurePublication inReview(int fiscalYear) {
        DisclosureService.checkYear(fiscalYear, m);
        return records.lockByFiscalYear(fiscalYear).filter(r -> r.getStatus() == PublicationStatus.IN_REVIEW)
            .orElseThrow(() -> new ConflictException(m.get("disclosure.error.notInReview", String.valueOf(fiscalYear))));
    }

    private void record(AuditAction action, Actor actor, int fiscalYear, PublicationStatus before, PublicationStatus after,
            String comment, String details) {
        audit.record(AuditRecord.of(action, actor.username(), actor.role().name())
            .document("DISCLOSURE", null, "YSGK-" + fiscalYear)
            .status(before == null ? null : before.name(), after == null ? null : after.name())
            .comment(comment).details(details));
    }

    private String write(Disclosure disclosure) {
        try {
            return json.writeValueAsString(disclosure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("disclosure snapshot not writable", e);
        }
    }

    private Disclosure parse(String snapshot) {
        try {
            return json.readValue(snapshot, Disclosure.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("disclosure snapshot not readable", e);
        }
    }
}
