package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.util.Map;

/**
 * One 指标 as the progress reads it: its quota, what it has spent (the ledger's 已用) and what was
 * paid in each month of the year (by the payment date), month number → amount.
 */
public record Spending(long indicatorId, String sectionCode, String sectionName, ExpenditureKind kind, String economicCode,
        String economicName, Long projectId, String projectCode, String projectName, Money quota, Money used,
        Map<Integer, Money> paidByMonth) {

    /** "30201 办公费": how a basic line is named in an alert. */
    public String economicLabel() {
        return economicCode + " " + economicName;
    }

    public Money paidIn(int month) {
        return paidByMonth.getOrDefault(month, Money.ZERO);
    }
}
