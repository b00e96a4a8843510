package cn.nanchang.budgetflow.workflow;

/**
 * Published synchronously, inside the engine's transaction, when a budget year's process enters a
 * round (the name of budget.BudgetRound: ONE_UP, CEILINGS, TWO_UP, APPROVED). The budgetyear
 * module moves the year's round in that same transaction.
 */
public record BudgetRoundReached(int fiscalYear, String round) {
}
