package cn.nanchang.budgetflow.budget;

/**
 * Whose lines are being checked: the drafting section, the draft being edited (null while
 * creating) and the round of the budget year it is a request of (null outside a budget year):
 * a 二上 request supersedes the section's 一上 request, whose lines then no longer count.
 */
record FundingScope(String sectionCode, Long draftId, BudgetRound round) {
}
