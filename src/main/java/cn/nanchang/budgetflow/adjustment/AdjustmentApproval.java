package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.ledger.DocumentRef;
import cn.nanchang.budgetflow.ledger.EntryKind;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import cn.nanchang.budgetflow.ledger.SourceType;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an adjustment's approval ends approved, the ledger moves in that same transaction: 调减 on
 * the named 指标, 调增 on existing ones or on new 指标 (source 调剂 or 追加, the document's number
 * as source ref). If a 调减 no longer fits the 指标's 可用 the ledger refuses, and the approval
 * that reached this point fails with it: nothing is approved that the ledger cannot carry. The
 * entries name the approver whose decision ended the approval.
 */
@Component
class AdjustmentApproval {

    private final BudgetAdjustmentRepository adjustments;
    private final LedgerMoves ledger;
    private final CurrentActor currentActor;

    AdjustmentApproval(BudgetAdjustmentRepository adjustments, LedgerMoves ledger, CurrentActor currentActor) {
        this.adjustments = adjustments;
        this.ledger = ledger;
        this.currentActor = currentActor;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMilestone(ApprovalMilestone milestone) {
        if (milestone.status() != DocumentStatus.APPROVED) {
            return;
        }
        adjustments.findById(milestone.documentId()).ifPresent(a -> ledger.adjust(
            new DocumentRef(a.getId(), a.getNumber()), moves(a), approver()));
    }

    /** Who decided last; an approval always ends on a person's decision, "system" only if none is signed in. */
    private String approver() {
        return currentActor.usernameOrSystem();
    }

    static List<LedgerMoves.Move> moves(BudgetAdjustment a) {
        SourceType source = a.getAdjustmentKind() == AdjustmentKind.ADDITION ? SourceType.ADDITION : SourceType.TRANSFER;
        return a.validRows().stream().map(r -> new LedgerMoves.Move(r.indicatorId(),
            r.direction() == Direction.INCREASE ? EntryKind.INCREASE : EntryKind.DECREASE, r.amount(),
            r.isNewLine() ? source : null, r.sectionCode(), r.isNewLine() ? r.kind() : null,
            r.isNewLine() ? r.functionCode() : null, r.isNewLine() ? r.economicCode() : null,
            r.isNewLine() ? r.projectId() : null)).toList();
    }
}
