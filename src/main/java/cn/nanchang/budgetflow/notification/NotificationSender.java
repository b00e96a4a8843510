package cn.nanchang.budgetflow.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.LinkedHashSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notifications in the caller's transaction, so that a notice stands or falls with what
 * it tells of. Called by other modules from their own actions and from engine events (timers
 * fire without anyone signed in), so it is not a role's operation and has no method security.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class NotificationSender {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationSender(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Tells each recipient once. */
    public void send(Collection<String> recipients, NotificationKind kind, String title, String body, String link) {
        for (String recipient : new LinkedHashSet<>(recipients)) {
            Notification saved = notifications.save(new Notification(recipient, kind, title, body, link, clock.instant()));
            events.publishEvent(new NotificationSent(saved.getId(), recipient, kind, title, body, link));
        }
    }

    /**
     * Marks read the unread notices that asked anyone for work on what {@code link} points to, once
     * that work is done: the bell counts what still needs its owner, not everything ever sent.
     */
    public void settleWorkOn(String link) {
        List<Notification> settled = notifications.findByLinkAndReadAtIsNull(link).stream()
            .filter(n -> n.getKind().asksForWork()).toList();
        settled.forEach(n -> n.markRead(clock.instant()));
        if (!settled.isEmpty()) {
            events.publishEvent(new NotificationsRead(settled.stream().map(Notification::getRecipient).collect(Collectors.toSet())));
        }
    }
}
