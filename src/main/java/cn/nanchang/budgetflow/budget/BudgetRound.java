package cn.nanchang.budgetflow.budget;

/**
 * The rounds of a budget year (二上二下, BUDGET-CYCLE.md §1): the sections request (一上), the
 * bureau sets ceilings (一下, 控制数), the sections request again within them (二上), the bureau
 * approves (二下, 批复). A section's request belongs to ONE_UP or TWO_UP.
 */
public enum BudgetRound {
    ONE_UP,
    CEILINGS,
    TWO_UP,
    APPROVED;

    /** Whether the sections file requests in this round. */
    public boolean takesRequests() {
        return this == ONE_UP || this == TWO_UP;
    }

    public String labelKey() {
        return "budgetyear.round." + name();
    }
}
