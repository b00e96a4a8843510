package cn.nanchang.budgetflow.notification;

/** Why someone is told. */
public enum NotificationKind {
    TASK_ARRIVED, RETURNED, APPROVED, REMINDER, OVERDUE, ESCALATED, CHASED, TRANSFERRED, DELEGATED, DELEGATION_RESOLVED,
    COPIED;

    /** Whether the notice asks its recipient to act on a task, so that it is settled once the task is done. */
    public boolean asksForWork() {
        return this != APPROVED && this != COPIED;
    }

    public String labelKey() {
        return "notification.kind." + name();
    }
}
