package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.TaskRecord;
import java.time.Instant;

/**
 * One user task of a document's approval, merged from the engine's history and the audit log:
 * when it arrived, who claimed it and when, who completed it and when, how long it took (until
 * now if still open), the outcome and the opinion. {@code step} is null for a task outside the
 * approval steps, {@code name} is then the model's name.
 */
public record TaskSpan(String taskId, ApprovalStep step, String name, Instant created, Instant due, Instant claimed,
        String claimedBy, String claimedByName, Instant ended, String completedBy, String completedByName,
        long durationMillis, TaskRecord.End end, AuditAction outcome, String comment, boolean overdue) {

    /** The task as a word: 同意, 退回, 重新提交, 已撤回, …; the message key of its state when no outcome was recorded. */
    public String outcomeKey() {
        if (outcome != null) {
            return outcome.labelKey();
        }
        return "timeline.end." + end.name();
    }
}
