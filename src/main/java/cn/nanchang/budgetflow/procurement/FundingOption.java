package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;

/** An approved budget line offered as an item's funding, with what already draws on its 指标 apart from the plan being edited. */
public record FundingOption(ApprovedBudgetLine line, Money committedElsewhere) {

    public long lineId() {
        return line.lineId();
    }

    /** What is left of the line for this plan; negative if it is already overdrawn. */
    public Money available() {
        return line.amount().minus(committedElsewhere);
    }
}
