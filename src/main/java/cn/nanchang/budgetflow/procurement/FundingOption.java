package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import java.util.Set;

/**
 * An approved budget line offered as an item's funding, with what already draws on its 指标 apart
 * from the plan being edited, and the categories its economic class may pay for ({@link FundingClasses}).
 */
public record FundingOption(ApprovedBudgetLine line, Money committedElsewhere, Set<ProcurementCategory> categories) {

    public long lineId() {
        return line.lineId();
    }

    /** What is left of the line for this plan; negative if it is already overdrawn. */
    public Money available() {
        return line.amount().minus(committedElsewhere);
    }

    /** Whether the line may pay for an item of the category; with no category chosen yet, any line that funds something. */
    public boolean funds(ProcurementCategory category) {
        return category == null ? !categories.isEmpty() : categories.contains(category);
    }
}
