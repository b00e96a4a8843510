package cn.nanchang.budgetflow.workflow;

/**
 * Published inside the engine's transaction when an approval step's task is done, whoever did it,
 * or removed (withdrawn, voided, 减签): the notices about it no longer ask anyone for work.
 */
public record TaskEnded(long documentId, String taskId, ApprovalStep step) {
}
