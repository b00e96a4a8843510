/**
 * In-app notifications (站内通知): what a person is told about their work — a new task, a
 * returned or approved document, a reminder, an overdue step, a 催办 — stored per recipient
 * with a link to the document, read or unread. A low-level module: others call
 * {@link cn.nanchang.budgetflow.notification.NotificationSender#send} and it knows nothing of documents.
 * It serves the frame's bell through {@link cn.nanchang.budgetflow.security.UnreadCount}.
 */
package cn.nanchang.budgetflow.notification;
