package cn.nanchang.budgetflow.security;

import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in attempts of one username or one client address: real failures, which slow or stop
 * further checks, and attempts whose password is being checked now, which only make a further
 * attempt wait its turn. Counting an attempt in flight as a failure (as the first version did) made
 * fifty people signing in at once from one office address look like fifty failures.
 */
@Embeddable
class SignInAttempts {

    /** Longer than any password check takes: an outcome this late will not come (the process died). */
    private static final Duration STALLED = Duration.ofMinutes(1);

    private int failedCount;
    private Instant lastFailedAt;
    private int pendingCount;
    private Instant lastReservedAt;

    protected SignInAttempts() {
    }

    /** Failures older than {@code window} no longer count; nor do attempts whose outcome never came. */
    void forget(Instant now, Duration window) {
        if (lastFailedAt.plus(window).isBefore(now)) {
            failedCount = 0;
        }
        if (pendingCount > 0 && (lastReservedAt == null || lastReservedAt.plus(STALLED).isBefore(now))) {
            pendingCount = 0;
        }
    }

    /** Reserves the attempt about to be checked, in the same locked step that admitted it. */
    void reserve(Instant now) {
        pendingCount++;
        lastReservedAt = now;
    }

    /** The attempt's outcome is known (or it broke before one was): it is no longer in flight. */
    void settle() {
        pendingCount = Math.max(0, pendingCount - 1);
    }

    /** The attempt's password was wrong. */
    void fail(Instant now) {
        settle();
        failedCount++;
        lastFailedAt = now;
    }

    void clearFailures() {
        failedCount = 0;
    }

    int failed() {
        return failedCount;
    }

    int inFlight() {
        return pendingCount;
    }

    /** How many failures there would be if every attempt in flight failed. */
    int failedAtWorst() {
        return failedCount + pendingCount;
    }

    Instant lastFailedAt() {
        return lastFailedAt;
    }
}
