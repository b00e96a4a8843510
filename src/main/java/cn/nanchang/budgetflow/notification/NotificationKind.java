package cn.nanchang.budgetflow.notification;

/** Why someone is told. */
public enum NotificationKind {
    TASK_ARRIVED, RETURNED, APPROVED, REMINDER, OVERDUE, ESCALATED, CHASED, TRANSFERRED, DELEGATED, DELEGATION_RESOLVED,
    COPIED,
    /** 执行进度预警: a section's 指标 spend below the month's alert rate. */
    EXECUTION_BEHIND;

    /** Whether the notice asks its recipient to act on a task, so that it is settled once the task is done. */
    public boolean asksForWork() {
        return this != APPROVED && this != COPIED && this != EXECUTION_BEHIND;
    }

    public String labelKey() {
        return "notification.kind." + name();
    }
}
