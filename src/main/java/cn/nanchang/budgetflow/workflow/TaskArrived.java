package cn.nanchang.budgetflow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Published inside the engine's transaction when an approval step's task is created: a review
 * for its candidate groups, or a revision for the drafter of a returned document.
 */
public record TaskArrived(long documentId, String taskId, ApprovalStep step, Instant due, String assignee,
        List<String> candidateGroups) {

    public TaskArrived {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
