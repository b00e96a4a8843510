package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditAction;
import java.time.Instant;
import java.util.List;

/**
 * One line of a document's history timeline: who, in which role, when, what, with which comment,
 * and details such as the step a document was returned to or the people it was copied to,
 * and for a creation or an edit the values it set or changed; for an action a proxy took
 * (代理审批), the principal it was taken for.
 */
public record HistoryEntry(Instant at, String actor, String actorName, String role, AuditAction action,
        String step, String comment, String statusBefore, String statusAfter, String details, List<ChangeLine> changes,
        String onBehalfOf) {
}
