package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentStatus;

/**
 * Published synchronously, inside the engine's transaction, when a process reaches a point
 * that changes its document's status. Listeners update the document in that same transaction,
 * so the status and the process state never disagree.
 */
public record ApprovalMilestone(long documentId, DocumentStatus status) {
}
