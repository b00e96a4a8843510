package cn.nanchang.budgetflow.audit;

/**
 * What a caller wants recorded. Build with {@link #of} and the with-methods; fields that do not
 * apply stay null.
 */
public record AuditRecord(
        AuditAction action, String actor, String actorRole,
        String documentType, Long documentId, String documentNumber,
        String taskId, String step, String comment,
        String statusBefore, String statusAfter, String details) {

    public static AuditRecord of(AuditAction action, String actor, String actorRole) {
        return new AuditRecord(action, actor, actorRole, null, null, null, null, null, null, null, null, null);
    }

    public AuditRecord document(String type, Long id, String number) {
        return new AuditRecord(action, actor, actorRole, type, id, number, taskId, step, comment, statusBefore, statusAfter, details);
    }

    public AuditRecord task(String id, String stepKey) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, id, stepKey, comment, statusBefore, statusAfter, details);
    }

    public AuditRecord comment(String text) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, text, statusBefore, statusAfter, details);
    }

    public AuditRecord status(String before, String after) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, comment, before, after, details);
    }

    public AuditRecord details(String text) {
        return new AuditRecord(action, actor, actorRole, documentType, documentId, documentNumber, taskId, step, comment, statusBefore, statusAfter, text);
    }
}
