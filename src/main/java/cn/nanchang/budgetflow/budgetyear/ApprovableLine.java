package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;

/**
 * A line of a section's 二上 request as the bureau cuts it at 批复: {@code lineId} is what
 * {@link ApprovalInput.CutInput#lineId} names. After 批复, {@code approved} is the approved amount.
 */
public record ApprovableLine(long lineId, long requestId, String requestNumber, int lineNo, String sectionCode,
        String sectionName, ExpenditureKind kind, String functionCode, String functionName, String economicCode,
        String economicName, Long projectId, String projectCode, String projectName, Money amount, Money approved) {
}
