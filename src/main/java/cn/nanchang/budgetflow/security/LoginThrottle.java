package cn.nanchang.budgetflow.security;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then stops password guessing, per username, on both sign-in routes (form and
 * HTTP Basic). After {@code throttle-after} failures every further attempt must wait
 * {@code throttle-delay} after the last one; an attempt made during the wait is refused unchecked
 * and counts as a failure. At {@code lock-after} failures the username is locked for
 * {@code lock-duration}: even the right password is refused until then or until an administrator
 * unlocks it. Failures older than the lock duration are forgotten.
 */
@Service
public class LoginThrottle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MAX_KEY = 100;

    private final LoginThrottleRepository entries;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;
    private final int throttleAfter;
    private final Duration throttleDelay;
    private final int lockAfter;
    private final Duration lockDuration;

    LoginThrottle(LoginThrottleRepository entries, ApplicationEventPublisher events, CurrentActor currentActor,
            Messages messages, Clock clock,
            @Value("${budgetflow.login.throttle-after:3}") int throttleAfter,
            @Value("${budgetflow.login.throttle-delay:PT30S}") Duration throttleDelay,
            @Value("${budgetflow.login.lock-after:5}") int lockAfter,
            @Value("${budgetflow.login.lock-duration:PT15M}") Duration lockDuration) {
        this.entries = entries;
        this.events = events;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
        this.throttleAfter = throttleAfter;
        this.throttleDelay = throttleDelay;
        this.lockAfter = lockAfter;
        this.lockDuration = lockDuration;
    }

    /** The answer to a sign-in attempt before its password is checked. */
    public record Admission(boolean admitted, boolean hasFailures, String refusal) {
    }

    /** Whether the password of this attempt may be checked at all; a refused attempt during a wait counts. */
    @Transactional
    public Admission admit(String username) {
        Instant now = clock.instant();
        LoginThrottleEntry entry = entries.lockByUsername(key(username)).orElse(null);
        if (entry == null) {
            return new Admission(true, false, null);
        }
        entry.forgetExpiredLock(now);
        if (entry.lockedAt(now)) {
            return new Admission(false, true, lockedMessage(entry.getLockedUntil()));
        }
        if (entry.getFailedCount() >= throttleAfter && entry.getLastFailedAt().plus(throttleDelay).isAfter(now)) {
            long wait = Duration.between(now, entry.getLastFailedAt().plus(throttleDelay)).toSeconds() + 1;
            fail(entry, now);
            return new Admission(false, true, entry.lockedAt(now) ? lockedMessage(entry.getLockedUntil())
                : messages.get("login.throttled", Math.max(wait, throttleDelay.toSeconds()), lockAfter, lockDuration.toMinutes()));
        }
        return new Admission(true, true, null);
    }

    /** A wrong password (or an unknown username) for this name. */
    @Transactional
    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        LoginThrottleEntry entry = entries.lockByUsername(key).orElseGet(() -> entries.save(new LoginThrottleEntry(key, now)));
        entry.forgetExpiredLock(now);
        fail(entry, now);
    }

    /** A successful sign-in clears the name's failures. */
    @Transactional
    public void recordSuccess(String username) {
        entries.findById(key(username)).ifPresent(entries::delete);
    }

    /** Lifts the lock and the failure count of a username. Recorded in the audit log. */
    @Transactional
    @Roles.Admin
    public void unlock(String username) {
        LoginThrottleEntry entry = entries.lockByUsername(key(username))
            .orElseThrow(() -> new NotFoundException(messages.get("login.unlock.none", username)));
        entries.delete(entry);
        events.publishEvent(new LoginLocks.Unlocked(entry.getUsername(), currentActor.get()));
    }

    /** Usernames locked now. */
    @Transactional(readOnly = true)
    @Roles.Admin
    public List<LoginLocks.Lock> locks() {
        return entries.findByLockedUntilAfterOrderByUsername(clock.instant()).stream()
            .map(e -> new LoginLocks.Lock(e.getUsername(), e.getFailedCount(), e.getLastFailedAt(), e.getLockedUntil()))
            .toList();
    }

    private void fail(LoginThrottleEntry entry, Instant now) {
        entry.fail(now, lockDuration);
        if (entry.getFailedCount() >= lockAfter && !entry.lockedAt(now)) {
            entry.lockUntil(now.plus(lockDuration));
            events.publishEvent(new LoginLocks.Locked(entry.getUsername(), entry.getFailedCount(), entry.getLockedUntil()));
        }
    }

    private String lockedMessage(Instant until) {
        return messages.get("login.locked", TIME.format(until.atZone(clock.getZone())));
    }

    /** One counter per name however it is typed: MySQL compares usernames case-insensitively. */
    static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k;
    }
}
