package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.ledger.DocumentRef;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A procurement plan's money in the ledger. The plan freezes its items' amounts on their funding
 * 指标 at submission (送审), not at approval: the approvers then decide on money that is secured,
 * and two plans cannot both pass review on the same last yuan. A resubmission after a return
 * re-freezes only the difference (the return kept the freeze: the plan is expected back).
 * Withdrawal and 作废 release it (the ledger listens for those itself); settling an item by a
 * payment releases that item's part.
 */
@Component
class ProcurementFreezes {

    private final LedgerMoves ledger;

    ProcurementFreezes(LedgerMoves ledger) {
        this.ledger = ledger;
    }

    /** Makes the plan hold exactly its items' amounts; throws InsufficientFundsException (409) with the shortfall. */
    void freeze(ProcurementPlan plan, String actor) {
        List<LedgerMoves.Claim> claims = plan.getItems().stream()
            .map(i -> new LedgerMoves.Claim(i.getFundingLineId(), LedgerMoves.procurementItemRef(i.getId()), i.getAmount()))
            .toList();
        ledger.freeze(new DocumentRef(plan.getId(), plan.getNumber()), claims, actor);
    }
}
