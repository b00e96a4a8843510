package cn.nanchang.budgetflow.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Recent failed sign-ins of one username, and the lock they led to. Deleted on success or unlock. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    private String username;
    private int failedCount;
    private Instant lastFailedAt;
    private Instant lockedUntil;

    protected LoginThrottleEntry() {
    }

    LoginThrottleEntry(String username, Instant now) {
        this.username = username;
        this.lastFailedAt = now;
    }

    /** Counts one more failure; failures older than the window are forgotten first. */
    void fail(Instant now, java.time.Duration window) {
        if (lastFailedAt != null && lastFailedAt.plus(window).isBefore(now)) {
            failedCount = 0;
        }
        failedCount++;
        lastFailedAt = now;
    }

    void lockUntil(Instant until) {
        lockedUntil = until;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** An expired lock starts the count afresh, so that one more wrong guess does not lock again at once. */
    void forgetExpiredLock(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedCount = 0;
        }
    }

    String getUsername() {
        return username;
    }

    int getFailedCount() {
        return failedCount;
    }

    Instant getLastFailedAt() {
        return lastFailedAt;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
