package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.HistoryEntry;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workbench.AuditExports.Export;
import cn.nanchang.budgetflow.workbench.AuditExports.ExportFormat;
import cn.nanchang.budgetflow.workbench.internal.XlsxWriter;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One document with its history as an .xlsx workbook (导出), for anyone who may read it, from its
 * page or over the API. The export is recorded in the audit log, in the transaction that reads the
 * data, as an auditor's is.
 */
@Service
@Transactional
@Roles.Reader
public class DocumentExports {

    private final DocumentAccess access;
    private final DocumentHistory history;
    private final DocumentWorkbook workbook;
    private final DocumentAudit documentAudit;
    private final CurrentActor currentActor;
    private final Clock clock;

    DocumentExports(DocumentAccess access, DocumentHistory history, DocumentWorkbook workbook, DocumentAudit documentAudit,
            CurrentActor currentActor, Clock clock) {
        this.access = access;
        this.history = history;
        this.workbook = workbook;
        this.documentAudit = documentAudit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public Export export(long documentId) {
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(documentId, actor);
        List<HistoryEntry> entries = history.of(documentId);
        byte[] content = XlsxWriter.write(workbook.of(document, entries, actor, clock.instant()));
        documentAudit.record(documentAudit.about(AuditAction.EXPORT, actor, document)
            .details(ExportFormat.XLSX.name() + "；文档及审批记录；" + entries.size() + "行"));
        return new Export(document.getNumber() + ExportFormat.XLSX.extension(), ExportFormat.XLSX.contentType(), content);
    }
}
