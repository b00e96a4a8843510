package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;

/** An open task with the document it is about. */
public record InboxItem(String taskId, ApprovalStep step, Instant created, String assignee, DocumentSummary document) {

    public boolean isClaimed() {
        return assignee != null;
    }
}
