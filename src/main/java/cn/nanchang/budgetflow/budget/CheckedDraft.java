package cn.nanchang.budgetflow.budget;

import java.util.List;

/**
 * A draft's input once checked: its lines and, for a request of a budget year, the round it
 * belongs to (learnt from {@link RequestRounds} when the draft is created, kept on edits).
 */
record CheckedDraft(List<ValidLine> lines, BudgetRound round) {
}
