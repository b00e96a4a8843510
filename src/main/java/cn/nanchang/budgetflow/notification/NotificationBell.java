package cn.nanchang.budgetflow.notification;

import cn.nanchang.budgetflow.security.BellFeed;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The count, the latest notices and the change signal behind the frame's bell. Signals go out
 * after commit only, so a bell never counts a notice whose transaction was rolled back.
 */
@Component
class NotificationBell implements BellFeed {

    private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

    private final NotificationRepository notifications;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    NotificationBell(NotificationRepository notifications, CurrentActor currentActor, Clock clock) {
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadFor(String username) {
        return notifications.countByRecipientAndReadAtIsNull(username);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> latestFor(String username, int limit) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(username, PageRequest.of(0, Math.max(1, limit))).stream()
            .map(n -> new Item(n.getId(), n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt(), n.isRead()))
            .toList();
    }

    @Override
    @Transactional
    public void opened(String route) {
        String me = currentActor.get().username();
        List<Notification> unread = notifications.findByRecipientAndLinkAndReadAtIsNull(me, route);
        unread.forEach(n -> n.markRead(clock.instant()));
        if (!unread.isEmpty()) {
            signal(me);
        }
    }

    @Override
    @Transactional
    public void markRead(long id) {
        notifications.findByIdAndRecipient(id, currentActor.get().username()).ifPresent(n -> n.markRead(clock.instant()));
    }

    @Override
    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(currentActor.get().username()).forEach(n -> n.markRead(clock.instant()));
    }

    @Override
    public AutoCloseable onChange(String username, Runnable listener) {
        listeners.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(username, (u, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSent(NotificationSent sent) {
        signal(sent.recipient());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRead(NotificationsRead read) {
        read.recipients().forEach(this::signal);
    }

    /** A failing listener (a closed tab, say) must not keep the others, or the committing request, from going on. */
    private void signal(String username) {
        for (Runnable listener : listeners.getOrDefault(username, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("bell update for {} failed", username, e);
            }
        }
    }
}
