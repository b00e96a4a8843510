package cn.nanchang.budgetflow.budgetyear;

/** The director's decision on the split: approved, or returned to 财务 with a comment (required then). */
public record SplitDecisionInput(Boolean approved, String comment) {
}
