package cn.nanchang.budgetflow.notification;

import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications (in the caller's transaction, so a notice stands or falls with what it
 * tells of) and lets the people who work on documents read theirs. Each person reaches only
 * their own notifications; another person's id is answered as not found.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('STAFF','SECTION_HEAD','FINANCE','DIRECTOR','BUREAU')")
public class Notifications {

    private final NotificationRepository notifications;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository notifications, CurrentActor currentActor, ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells each recipient once. Called by other modules from their own actions and from engine
     * events (timers run without a signed-in person), so it is not restricted to a role.
     */
    @PreAuthorize("permitAll()")
    public void send(Collection<String> recipients, NotificationKind kind, String title, String body, String link) {
        for (String recipient : new LinkedHashSet<>(recipients)) {
            Notification saved = notifications.save(new Notification(recipient, kind, title, body, link, clock.instant()));
            events.publishEvent(new NotificationSent(saved.getId(), recipient, kind, title, body, link));
        }
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
