package cn.nanchang.budgetflow.workflow;

import java.time.Instant;
import java.util.List;

/** Who holds an open step of a document now: its assignee, or, unclaimed, the groups whose members may take it. */
public record StepHolding(long documentId, ApprovalStep step, String assignee, List<String> candidateGroups,
        Instant since) {

    public StepHolding {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
