package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentVoided;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document that goes back to draft (撤回 before a decision, or an approval that ends without
 * one) or is voided (作废) holds nothing any more: whatever it froze is released in that same
 * transaction. A return (退回, RETURNED) keeps the freeze: the document is expected back. This holds
 * for every document type, so the ledger listens itself rather than each type remembering to.
 */
@Component
class LedgerReleases {

    private final LedgerMoves moves;
    private final CurrentActor currentActor;
    private final Messages messages;

    LedgerReleases(LedgerMoves moves, CurrentActor currentActor, Messages messages) {
        this.moves = moves;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMilestone(ApprovalMilestone milestone) {
        if (milestone.status() == DocumentStatus.DRAFT) {
            moves.releaseAllHeld(milestone.documentId(), messages.get("ledger.note.withdrawn"), actor());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onVoided(DocumentVoided voided) {
        moves.releaseAllHeld(voided.documentId(), messages.get("ledger.note.voided") + "：" + voided.reason(), voided.actor());
    }

    private String actor() {
        return currentActor.usernameOrSystem();
    }
}
