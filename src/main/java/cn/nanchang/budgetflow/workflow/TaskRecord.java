package cn.nanchang.budgetflow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One user task of a document's approval as the engine's history has it: when it arrived, who
 * held it, when it ended and how. {@code step} is null for a task that is not an approval step.
 * {@code durationMillis} is the time from arrival to end, or to now for a task still open.
 */
public record TaskRecord(String taskId, String processInstanceId, String taskKey, String name, ApprovalStep step,
        Instant created, Instant due, Instant ended, String assignee, long durationMillis, End end, boolean overdue,
        List<Assignment> assignments) {

    public TaskRecord {
        assignments = List.copyOf(assignments);
    }

    public boolean isOpen() {
        return end == End.OPEN;
    }

    /** How a task ended. */
    public enum End {
        /** Still waiting for someone. */
        OPEN,
        /** Completed by its assignee with a decision or a resubmission. */
        COMPLETED,
        /** Ended without being completed, e.g. the document was withdrawn while it waited. */
        CANCELLED
    }

    /** The task was given to someone ({@code assigned}) or taken back from them, at a time. */
    public record Assignment(Instant at, String user, boolean assigned) {
    }
}
