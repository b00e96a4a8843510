package cn.nanchang.budgetflow.security;

import java.time.Instant;
import org.springframework.lang.Nullable;

/** Events of the sign-in throttle, recorded in the audit log by the audit module. */
public final class LoginLocks {

    private LoginLocks() {
    }

    /** A client address reached its cap of failed sign-ins: it is stopped, for every name, until the given time. */
    public record ClientBlocked(String address, int failures, Instant until) {
    }

    /** An administrator ({@code by}; {@code byRole} is null on the command line) lifted the throttle of a name or address. */
    public record Unlocked(String nameOrAddress, String by, String byRole) {
    }

    /**
     * A throttled name ({@code username}) or client address ({@code client}), for the administrators'
     * list: failures counted, the last one, and until when it must wait (or is stopped, for a client).
     * One of {@code username} and {@code client} is set, the other null.
     */
    public record Lock(@Nullable String username, @Nullable String client, int failures, Instant lastFailedAt, Instant waitUntil) {
    }
}
