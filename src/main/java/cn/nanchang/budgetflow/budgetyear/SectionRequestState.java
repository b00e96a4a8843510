package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.BudgetRound;

/**
 * One section in the current request round: its latest request of the year (null id, number and
 * status before it drafted one), whether the round's deadline passed without the request in, and
 * whether 财务 proceeded without it (and why).
 */
public record SectionRequestState(String sectionCode, String sectionName, BudgetRound round, Long requestId,
        String requestNumber, DocumentStatus status, boolean overdue, boolean excused, String excuseReason) {
}
