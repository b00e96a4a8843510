package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
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

    /** A status transition without a task: create, submit, withdraw. */
    public void transition(AuditAction action, Actor actor, ApprovalDocument document, DocumentStatus before, String details) {
        log.record(about(action, actor, document)
            .status(before == null ? null : before.name(), document.getStatus().name())
            .details(details));
    }
}
