package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;
import java.util.List;

/**
 * Who holds an open step of a document now, so that a drafter knows whom to chase: the one
 * person who has claimed it, or ({@code claimed} false) every member of the group who may take it.
 */
public record Holder(ApprovalStep step, boolean claimed, List<String> names, Instant since) {

    public Holder {
        names = List.copyOf(names);
    }
}
