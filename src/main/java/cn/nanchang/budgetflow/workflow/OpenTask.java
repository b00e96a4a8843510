package cn.nanchang.budgetflow.workflow;

import java.time.Instant;

/**
 * An open user task, as the inbox and the document page need it; {@code due} is null for a step
 * without a due date. A delegated task (委派) names its owner, the person it comes back to, and
 * where the delegation stands; otherwise both are null.
 */
public record OpenTask(String taskId, long documentId, ApprovalStep step, Instant created, String assignee, Instant due,
        String owner, TaskDelegation delegation) {

    /** Whether the task is with a delegate, who may only resolve it. */
    public boolean isWithDelegate() {
        return delegation == TaskDelegation.PENDING;
    }}
