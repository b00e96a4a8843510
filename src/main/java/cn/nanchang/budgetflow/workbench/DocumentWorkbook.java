package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.ChangeLine;
import cn.nanchang.budgetflow.document.DocumentContents;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.document.HistoryEntry;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.workbench.internal.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A document with its history as workbook sheets, for any reader to download (导出): its header,
 * its content as its type shows it (the approval sheet's tables), every entry of 审批记录 with
 * the field changes written out, and who exported it when. The caller has checked access.
 */
@Component
class DocumentWorkbook {

    private final DocumentQueries queries;
    private final List<DocumentContents> contents;
    private final ExportTables tables;
    private final Messages messages;
    private final AuditAnchors anchors;

    DocumentWorkbook(DocumentQueries queries, List<DocumentContents> contents, ExportTables tables, Messages messages,
            AuditAnchors anchors) {
        this.anchors = anchors;
        this.queries = queries;
        this.contents = contents;
        this.tables = tables;
        this.messages = messages;
    }

    List<Table> of(ApprovalDocument document, List<HistoryEntry> history, Actor actor, Instant at) {
        DocumentSummary d = queries.summary(document);
        List<Table> sheets = new ArrayList<>();
        sheets.add(header(d, document.getCreatedAt()));
        Set<String> names = new LinkedHashSet<>(List.of(m("export.sheet.document"), m("export.sheet.history"),
            m("export.sheet.about")));
        contents.stream().filter(c -> c.type() == d.type()).flatMap(c -> c.tables(d.id()).stream())
            .forEach(t -> sheets.add(content(t, names)));
        sheets.add(history(history));
        sheets.add(tables.about(actor, at, d.number(), history.size(), anchors.text(anchors.ofDocument(d.id()))));
        return sheets;
    }

    private Table header(DocumentSummary d, Instant createdAt) {
        return new Table(m("export.sheet.document"), m("export.about.item"), m("export.about.value"))
            .row(m("common.number"), d.number())
            .row(m("common.type"), m(d.type().labelKey()))
            .row(m("common.section"), d.sectionName())
            .row(m("common.year"), d.fiscalYear())
            .row(m("common.drafter"), d.drafterName())
            .row(m("export.amountYuan"), d.total().yuan())
            .row(m("common.status"), m(d.status().labelKey()))
            .row(m("auditor.created"), createdAt)
            .row(m("common.updated"), d.updatedAt());
    }

    /** A content table as its own sheet; a sheet name must be unique in the workbook. */
    private static Table content(DocumentContents.ContentTable c, Set<String> names) {
        String name = c.title();
        for (int n = 2; !names.add(name); n++) {
            name = c.title() + n;
        }
        Table table = new Table(name, c.headers().toArray(String[]::new));
        c.rows().forEach(row -> table.row(row.toArray()));
        if (!c.footer().isEmpty()) {
            table.row(c.footer().toArray());
        }
        return table;
    }

    private Table history(List<HistoryEntry> entries) {
        Table table = new Table(m("export.sheet.history"), m("timeline.at"), m("timeline.step"), m("timeline.event"),
            m("timeline.person"), m("export.account"), m("timeline.role"), m("timeline.comment"), m("timeline.details"),
            m("timeline.changes"), m("timeline.statusChange"));
        for (HistoryEntry e : entries) {
            table.row(e.at(), e.step() == null ? null : m("step." + e.step()), m(e.action().labelKey()), e.actorName(),
                e.actor(), e.role() == null ? null : m("role." + e.role()), e.comment(), e.details(),
                e.changes().isEmpty() ? null : e.changes().stream().map(ChangeLine::text).collect(Collectors.joining("\n")),
                statusChange(e.statusBefore(), e.statusAfter()));
        }
        return table;
    }

    private String statusChange(String before, String after) {
        if (before == null && after == null) {
            return null;
        }
        return (before == null ? "" : m("document.status." + before)) + "→" + (after == null ? "" : m("document.status." + after));
    }

    private String m(String key) {
        return messages.get(key);
    }
}
