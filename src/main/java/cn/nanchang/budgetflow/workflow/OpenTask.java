package cn.nanchang.budgetflow.workflow;

import java.time.Instant;

/** An open user task, as the inbox and the document page need it; {@code due} is null for a step without a due date. */
public record OpenTask(String taskId, long documentId, ApprovalStep step, Instant created, String assignee, Instant due) {
}
