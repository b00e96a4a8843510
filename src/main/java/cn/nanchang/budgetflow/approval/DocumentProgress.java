package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;
import java.util.List;

/**
 * Where a document stands, as the top of its page shows it (审批进度): the steps done, oldest
 * first; the step (or steps) it waits at now, with who holds it; and the steps still ahead if
 * everyone approves.
 */
public record DocumentProgress(List<Done> done, List<Current> current, List<PathStep> ahead) {

    public DocumentProgress {
        done = List.copyOf(done);
        current = List.copyOf(current);
        ahead = List.copyOf(ahead);
    }

    /**
     * A recorded step: {@code step} is null for the drafter's own actions (提交, 撤回, 作废);
     * {@code details} carries 代 X 审批 when a proxy acted, the meeting's record, the target of a
     * return or of a handover; {@code signature} is the decider's signature as a data URL, if any.
     */
    public record Done(Instant at, ApprovalStep step, AuditAction action, String actorName, String details, String comment,
            String signature) {
    }

    /**
     * The step the document waits at: {@code holder} is the person who has the task (claimed,
     * assigned, delegated), else null and {@code group} names the members who may take it.
     */
    public record Current(ApprovalStep step, String holder, List<String> group, Instant since, Instant due, boolean overdue) {

        public Current {
            group = List.copyOf(group);
        }
    }
}
