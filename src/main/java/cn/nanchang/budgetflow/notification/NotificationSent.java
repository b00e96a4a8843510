package cn.nanchang.budgetflow.notification;

/** Published when a notification is stored, for delivery by other channels (e.g. e-mail) after commit. */
public record NotificationSent(long id, String recipient, NotificationKind kind, String title, String body, String link) {
}
