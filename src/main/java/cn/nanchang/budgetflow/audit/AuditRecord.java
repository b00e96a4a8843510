package cn.nanchang.budgetflow.audit;

import java.util.List;

/**
 * What a caller wants recorded. Build with {@link #of} and the with-methods; fields that do not
 * apply stay null.
 */
public record AuditRecord(
        AuditAction action, String actor, String actorRole,
        String documentType, Long documentId, String documentNumber,
        String taskId, String step, String comment,
        String statusBefore, String statusAfter, String details, List<FieldChange> changes, String onBehalfOf) {

    public AuditRecord {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditRecord of(AuditAction action, String actor, String actorRole) {
        return new AuditRecord(action, actor, actorRole, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    public AuditRecord document(String type, Long id, String number) {
        return new AuditRecord(action, actor, actorRole, type, id, number, taskId, step, comment, statusBefore, statusAfter, details, changes, onBehalfOf);
    }

    public AuditRecord task(String id, String stepKey) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, id, stepKey, comment, statusBefore, statusAfter, details, changes, onBehalfOf);
    }

    public AuditRecord comment(String text) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, text, statusBefore, statusAfter, details, changes, onBehalfOf);
    }

    public AuditRecord status(String before, String after) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, comment, before, after, details, changes, onBehalfOf);
    }

    public AuditRecord details(String text) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, comment, statusBefore, statusAfter, text, changes, onBehalfOf);
    }

    /** The values an edit changed, each with its value before and after. */
    public AuditRecord changes(List<FieldChange> list) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, comment, statusBefore, statusAfter, details, list, onBehalfOf);
    }

    /** The person a proxy acted for (代理审批): who the action counts as, beside the one who took it. */
    public AuditRecord onBehalfOf(String principal) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, comment, statusBefore, statusAfter, details, changes, principal);
    }
}
