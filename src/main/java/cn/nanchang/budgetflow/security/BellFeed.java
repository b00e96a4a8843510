package cn.nanchang.budgetflow.security;

import java.time.Instant;
import java.util.List;

/**
 * What the frame's bell shows and does: the unread count, the latest notices for its drop-down,
 * marking read, and a signal when a person's notices change. Implemented by the notification
 * module, so that the frame does not depend on it. Reads take the person, since a pushed update
 * runs without a request; marks act for the person signed in.
 */
public interface BellFeed extends UnreadCount {

    /** One notice as the drop-down lists it; {@code link} is a route inside the application, or null. */
    record Item(long id, String title, String body, String link, Instant createdAt, boolean read) {
    }

    List<Item> latestFor(String username, int limit);

    /** The signed-in person opened this route: their unread notices pointing to it are read now. */
    void opened(String route);

    /** Marks one of the signed-in person's notices read. */
    void markRead(long id);

    /** Marks all the signed-in person's notices read. */
    void markAllRead();

    /**
     * Calls {@code listener} after each commit that changed this person's notices (one arrived,
     * some were settled), on the committing thread; closing the result stops it.
     */
    AutoCloseable onChange(String username, Runnable listener);
}
