package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workbench.internal.CsvWriter;
import cn.nanchang.budgetflow.workbench.internal.Table;
import cn.nanchang.budgetflow.workbench.internal.XlsxWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports for auditors: search results and a document's timeline, as .xlsx or CSV. Every export
 * is itself recorded in the audit log (who, when, what, in which format, how many rows), in the
 * same transaction that reads the data.
 */
@Service
@Transactional
@Roles.Auditor
public class AuditExports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(AuditSearchSpecs.BEIJING);

    private final AuditorSearch search;
    private final DocumentTimelines timelines;
    private final ExportTables tables;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final AuditAnchors anchors;

    AuditExports(AuditorSearch search, DocumentTimelines timelines, ExportTables tables, AuditLog audit,
            CurrentActor currentActor, Clock clock, AuditAnchors anchors) {
        this.anchors = anchors;
        this.search = search;
        this.timelines = timelines;
        this.tables = tables;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public Export searchResults(AuditSearchFilter filter, ExportFormat format) {
        List<AuditedDocument> rows = search.all(filter);
        Table table = tables.searchResults(rows);
        Actor actor = currentActor.get();
        String scope = tables.conditions(filter) + (rows.size() >= AuditorSearch.MAX_EXPORT_ROWS
            ? "（已达导出上限" + AuditorSearch.MAX_EXPORT_ROWS + "行，请缩小条件）" : "");
        byte[] content = format == ExportFormat.CSV ? CsvWriter.write(table)
            : XlsxWriter.write(List.of(table, tables.about(actor, clock.instant(), scope, rows.size())));
        audit.record(AuditRecord.of(AuditAction.EXPORT, actor.username(), actor.role().name())
            .details(format.name() + "；审计查询结果；" + rows.size() + "行；条件：" + scope));
        return new Export("audit-documents-" + STAMP.format(clock.instant()) + format.extension(), format.contentType(), content);
    }

    public Export timeline(long documentId, ExportFormat format) {
        DocumentTimeline timeline = timelines.of(documentId);
        Table events = tables.events(timeline);
        Actor actor = currentActor.get();
        byte[] content = format == ExportFormat.CSV ? CsvWriter.write(events)
            : XlsxWriter.write(List.of(events, tables.tasks(timeline), tables.changes(timeline),
                tables.about(actor, clock.instant(), timeline.document().number(), events.rows().size(),
                    anchors.text(anchors.ofDocument(documentId)))));
        DocumentSummary d = timeline.document();
        audit.record(AuditRecord.of(AuditAction.EXPORT, actor.username(), actor.role().name())
            .document(d.type().name(), d.id(), d.number())
            .details(format.name() + "；文档时间线；" + events.rows().size() + "行"));
        return new Export("timeline-" + d.number() + format.extension(), format.contentType(), content);
    }

    /** A file to download. */
    public record Export(String fileName, String contentType, byte[] content) {
    }

    /** The formats auditors can export to. */
    public enum ExportFormat {
        XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV(".csv", "text/csv;charset=UTF-8");

        private final String extension;
        private final String contentType;

        ExportFormat(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }
}
