package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.Money;

/** The editor's live check: the sum of the cost lines typed so far against the annual budget (null until valid). */
public record CostPreview(Money costTotal, Money annualBudget) {

    public boolean matches() {
        return annualBudget != null && costTotal.compareTo(annualBudget) == 0;
    }

    /** Annual budget minus cost lines: positive while lines are missing, negative when they exceed it. */
    public Money difference() {
        return annualBudget == null ? null : annualBudget.minus(costTotal);
    }
}
