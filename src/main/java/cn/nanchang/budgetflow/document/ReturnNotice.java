package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Why a document came back to its drafter: who returned it (name and role), from which step,
 * when, and their opinion, as the latest return in its audit history records it. A return to
 * an earlier review step (退回到已办环节) is not one: the document stays in review.
 *
 * @param step    the step that returned it; null for a record without one
 * @param details what else the record says, e.g. that a proxy decided on behalf of someone
 */
public record ReturnNotice(Instant at, String actor, String actorName, String role, ApprovalStep step, String comment,
        String details) {

    /** The latest entry of a trail (oldest first) that moved the document to RETURNED, if any. */
    public static Optional<ReturnNotice> latestIn(List<AuditEntry> trail, UnaryOperator<String> displayName) {
        for (int i = trail.size() - 1; i >= 0; i--) {
            AuditEntry e = trail.get(i);
            if (isReturn(e)) {
                ApprovalStep step = e.getStep() == null ? null : ApprovalStep.valueOf(e.getStep());
                return Optional.of(new ReturnNotice(e.getOccurredAt(), e.getActor(), displayName.apply(e.getActor()),
                    e.getActorRole(), step, e.getComment(), e.getDetails()));
            }
        }
        return Optional.empty();
    }

    /** A decision that sent the document back to its drafter: 退回, or a 主任办公会 that did not pass it. */
    private static boolean isReturn(AuditEntry e) {
        String returned = DocumentStatus.RETURNED.name();
        return returned.equals(e.getStatusAfter()) && !returned.equals(e.getStatusBefore());
    }
}
