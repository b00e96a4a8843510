package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legacy route to 指标: a budget draft of a year without a budget year is approved by its own
 * process (the bureau's last step), and its lines are issued in that same transaction with the
 * draft's number as 批复 文号. A budget year's requests are approved by the 批复 instead, which calls
 * {@link LedgerMoves#issueApproved} with the 批复's 文号; they reach no APPROVED milestone.
 */
@Component
class LedgerIssuing {

    private final LedgerMoves moves;
    private final ApprovedBudgetLines lines;
    private final CurrentActor currentActor;

    LedgerIssuing(LedgerMoves moves, ApprovedBudgetLines lines, CurrentActor currentActor) {
        this.moves = moves;
        this.lines = lines;
        this.currentActor = currentActor;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMilestone(ApprovalMilestone milestone) {
        if (milestone.status() != DocumentStatus.APPROVED) {
            return;
        }
        List<ApprovedBudgetLine> approved = lines.ofApprovedDraft(milestone.documentId());
        if (!approved.isEmpty()) {
            moves.issue(approved, ApprovedBudgetLine::draftNumber, actor());
        }
    }

    private String actor() {
        return currentActor.usernameOrSystem();
    }
}
