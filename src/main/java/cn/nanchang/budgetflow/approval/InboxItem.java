package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.OpenTask;
import cn.nanchang.budgetflow.workflow.TaskDelegation;
import java.time.Instant;

/**
 * An open task with the document it is about; {@code overdue} once its due date has passed. A
 * delegated task (委派) names its owner and where the delegation stands: PENDING with the
 * delegate, RESOLVED back with the owner to confirm (待确认).
 */
public record InboxItem(String taskId, ApprovalStep step, Instant created, String assignee, DocumentSummary document,
        Instant due, boolean overdue, String owner, TaskDelegation delegation, DueText dueText) {

    /** The task as of {@code now}: overdue once its due time has come, and its due time in words. */
    static InboxItem of(OpenTask task, DocumentSummary document, Instant now) {
        DueText dueText = DueText.of(task.due(), now);
        return new InboxItem(task.taskId(), task.step(), task.created(), task.assignee(), document, task.due(),
            dueText.overdue(), task.owner(), task.delegation(), dueText);
    }

    public boolean isClaimed() {
        return assignee != null;
    }

    /** Whether the current holder is a delegate, who may only give the task back with an opinion. */
    public boolean isWithDelegate() {
        return delegation == TaskDelegation.PENDING;
    }
}
