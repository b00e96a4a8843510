package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.document.ChangeLine;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;
import java.util.List;

/**
 * One line of a document's merged timeline: an audit log entry ({@code action} is an
 * {@link cn.nanchang.budgetflow.audit.AuditAction} name) or an engine event from the process
 * history ({@code action} is an {@link EngineEvent} name). {@code taskMillis} is, for a decision
 * or a claim, how long the task had waited by then; {@code changes} are the values a creation or
 * an edit set or changed.
 */
public record TimelineEvent(Instant at, Source source, String action, ApprovalStep step, String actor, String actorName,
        String role, String comment, String details, String statusBefore, String statusAfter, String taskId,
        Long taskMillis, List<ChangeLine> changes) {

    /** Message key of the event's Chinese name. */
    public String labelKey() {
        return source == Source.AUDIT ? "audit.action." + action : "timeline.engine." + action;
    }

    /** Where a line comes from. */
    public enum Source {
        /** The tamper-evident audit log. */
        AUDIT,
        /** The engine's process history. */
        ENGINE
    }

    /** What the engine's history adds to the audit log. */
    public enum EngineEvent {
        /** A task arrived at a step and waits for its group. */
        TASK_CREATED,
        /** A task ended without being completed, e.g. on withdrawal. */
        TASK_CANCELLED
    }
}
