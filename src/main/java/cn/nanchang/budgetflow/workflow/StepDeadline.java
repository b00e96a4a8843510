package cn.nanchang.budgetflow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Published inside the engine's transaction when a timer on a review step fires: a reminder
 * before the step's due date, or the step is overdue. {@code assignee} is null while the task is
 * unclaimed, and then its {@code candidateGroups} are the people to remind. {@code escalateTo}
 * is the group the model names as the step's superior (property {@code escalateTo}), null when
 * the step has none in the center.
 */
public record StepDeadline(long documentId, String taskId, ApprovalStep step, Kind kind, Instant due, String assignee,
        List<String> candidateGroups, String escalateTo) {

    public StepDeadline {
        candidateGroups = List.copyOf(candidateGroups);
    }

    /** Which of a step's two timers fired. */
    public enum Kind {
        /** On the morning of the last working day before the due date. */
        REMINDER,
        /** At the due date: the step is overdue. */
        OVERDUE
    }
}
