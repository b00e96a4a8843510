package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.Money;

/**
 * A line that has passed validation: codes exist at leaf level, the amount is exact and positive,
 * and a PROJECT line names the approved project it funds ({@code projectId}, null for basic lines).
 */
public record ValidLine(String functionCode, String economicCode, ExpenditureKind kind, Money amount, String note,
        Long projectId) {
}
