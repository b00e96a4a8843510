package cn.nanchang.budgetflow.workflow;

/**
 * Where a task stands in a 委派 (the engine's delegation): with the delegate, or handed back to
 * its owner to confirm and decide. A task never delegated has none.
 */
public enum TaskDelegation {
    /** The delegate holds the task; only they may act on it, and only by resolving it. */
    PENDING,
    /** The delegate has resolved it; the owner holds it again and decides (待确认). */
    RESOLVED
}
