package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.security.Actor;
import org.springframework.stereotype.Component;

/** Writes audit entries about documents in the caller's transaction. */
@Component
public class DocumentAudit {

    private final AuditLog log;

    DocumentAudit(AuditLog log) {
        this.log = log;
    }

    public AuditRecord about(AuditAction action, Actor actor, ApprovalDocument document) {
        return AuditRecord.of(action, actor.username(), actor.role().name())
            .document(document.documentType().name(), document.getId(), document.getNumber());
    }

    public void record(AuditRecord record) {
        log.record(record);
    }

    /** A document's creation, with every value of its first version as a change from nothing. */
    public void created(Actor actor, ApprovalDocument document, String summary, DocumentSnapshot content) {
        log.record(about(AuditAction.CREATE, actor, document)
            .status(null, document.getStatus().name())
            .details(summary)
            .changes(FieldDiff.between(DocumentSnapshot.empty(), content)));
    }

    /**
     * An edit, with each value it changed before and after, in the edit's transaction. The
     * summary (line count and total, before → after) stays in the details for a quick reading.
     */
    public void edited(Actor actor, ApprovalDocument document, String summary, DocumentSnapshot before,
            DocumentSnapshot after) {
        String status = document.getStatus().name();
        log.record(about(AuditAction.EDIT, actor, document)
            .status(status, status)
            .details(summary)
            .changes(FieldDiff.between(before, after)));
    }

    /** A status transition without a task: submit, withdraw. */
    public void transition(AuditAction action, Actor actor, ApprovalDocument document, DocumentStatus before, String details) {
        log.record(about(action, actor, document)
            .status(before == null ? null : before.name(), document.getStatus().name())
            .details(details));
    }
}
