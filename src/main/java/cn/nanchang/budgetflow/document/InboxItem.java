package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;

/** An open task with the document it is about; {@code overdue} once its due date has passed. */
public record InboxItem(String taskId, ApprovalStep step, Instant created, String assignee, DocumentSummary document,
        Instant due, boolean overdue) {

    public boolean isClaimed() {
        return assignee != null;
    }
}
