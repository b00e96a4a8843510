package cn.nanchang.budgetflow.workflow;

import java.time.Instant;

/** A task that a person completed: the 已办 list. */
public record CompletedTask(String taskId, long documentId, ApprovalStep step, Instant created, Instant completed) {
}
