package cn.nanchang.budgetflow.security;

import java.time.Instant;

/** Events of the sign-in throttle, recorded in the audit log by the audit module. */
public final class LoginLocks {

    private LoginLocks() {
    }

    /** Too many failed sign-ins: the username is locked until the given time. */
    public record Locked(String username, int failures, Instant until) {
    }

    /** An administrator lifted the lock (or the failure count) of a username. */
    public record Unlocked(String username, Actor by) {
    }

    /** A username that is locked now, for the administrators' list. */
    public record Lock(String username, int failures, Instant lastFailedAt, Instant lockedUntil) {
    }
}
