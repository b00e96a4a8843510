package cn.nanchang.budgetflow.notification;

/** Why someone is told. */
public enum NotificationKind {
    TASK_ARRIVED, RETURNED, APPROVED, REMINDER, OVERDUE, ESCALATED, CHASED, TRANSFERRED, DELEGATED, DELEGATION_RESOLVED,
    COPIED;

    public String labelKey() {
        return "notification.kind." + name();
    }
}
