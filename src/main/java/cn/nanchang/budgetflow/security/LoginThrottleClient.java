package cn.nanchang.budgetflow.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Recent failed sign-ins from one client address, for any name, the attempts being checked now
 * included. A success gives back only its own reservation: signing in to one's own account must
 * not wipe the failures a client made guessing others.
 */
@Entity
@Table(name = "login_throttle_client")
class LoginThrottleClient {

    @Id
    private String address;
    private int failedCount;
    private Instant lastFailedAt;
    private Instant blockedUntil;

    protected LoginThrottleClient() {
    }


    /** After a quiet {@code window} the client starts afresh; an ended block is forgotten with its count. */
    void forget(Instant now, Duration window) {
        if (blockedUntil != null && !blockedUntil.isAfter(now) || lastFailedAt.plus(window).isBefore(now)) {
            failedCount = 0;
            blockedUntil = null;
        }
    }

    void reserve(Instant now) {
        failedCount++;
        lastFailedAt = now;
    }

    void giveBack() {
        failedCount = Math.max(0, failedCount - 1);
    }

    void blockUntil(Instant until) {
        blockedUntil = until;
    }

    boolean blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    String getAddress() {
        return address;
    }

    int getFailedCount() {
        return failedCount;
    }

    Instant getLastFailedAt() {
        return lastFailedAt;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }
}
