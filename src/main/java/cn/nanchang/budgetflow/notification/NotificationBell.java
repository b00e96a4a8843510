package cn.nanchang.budgetflow.notification;

import cn.nanchang.budgetflow.security.UnreadCount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The count behind the frame's bell; the frame asks only for the person signed in. */
@Component
class NotificationBell implements UnreadCount {

    private final NotificationRepository notifications;

    NotificationBell(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadFor(String username) {
        return notifications.countByRecipientAndReadAtIsNull(username);
    }
}
