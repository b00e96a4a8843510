package cn.nanchang.budgetflow.security;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in attempts from one client address, for any name. A success only settles its own
 * attempt: signing in to one's own account must not wipe the failures a client made guessing others.
 */
@Entity
@Table(name = "login_throttle_client")
class LoginThrottleClient {

    @Id
    private String address;
    @Embedded
    private SignInAttempts attempts;
    private Instant blockedUntil;

    protected LoginThrottleClient() {
    }

    /** After a quiet {@code window} the client starts afresh; an ended block is forgotten with its count. */
    void forget(Instant now, Duration window) {
        if (blockedUntil != null && !blockedUntil.isAfter(now)) {
            attempts.clearFailures();
            blockedUntil = null;
        }
        attempts.forget(now, window);
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

    SignInAttempts attempts() {
        return attempts;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }
}
