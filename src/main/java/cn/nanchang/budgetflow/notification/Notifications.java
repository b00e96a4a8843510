package cn.nanchang.budgetflow.notification;

import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the people who work on documents read their notifications (sending is
 * {@link NotificationSender}'s). Each person reaches only their own notifications; another
 * person's id is answered as not found.
 */
@Service
@Transactional
@Roles.Participant
public class Notifications {

    private final NotificationRepository notifications;
    private final CurrentActor currentActor;
    private final Clock clock;

    Notifications(NotificationRepository notifications, CurrentActor currentActor, Clock clock) {
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), PageRequest.of(offset / limit, limit));
    }

    @Transactional(readOnly = true)
    public long mineCount() {
        return notifications.countByRecipient(me());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    public Notification markRead(long id) {
        Notification notification = notifications.findByIdAndRecipient(id, me())
            .orElseThrow(() -> new NotFoundException("notification " + id));
        notification.markRead(clock.instant());
        return notification;
    }

    /** @return how many were unread */
    public int markAllRead() {
        List<Notification> unread = notifications.findByRecipientAndReadAtIsNull(me());
        unread.forEach(n -> n.markRead(clock.instant()));
        return unread.size();
    }

    private String me() {
        return currentActor.get().username();
    }
}
