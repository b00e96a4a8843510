package cn.nanchang.budgetflow.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Recent failed sign-ins of one username, the attempt being checked now included (it is counted
 * before its password is checked and given back when the password is right). A row with no
 * failures is kept for the next attempt; old rows are swept.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    private String username;
    private int failedCount;
    private Instant lastFailedAt;

    protected LoginThrottleEntry() {
    }


    /** Failures older than {@code forgetAfter} no longer count. */
    void forget(Instant now, Duration forgetAfter) {
        if (lastFailedAt.plus(forgetAfter).isBefore(now)) {
            failedCount = 0;
        }
    }

    /** Reserves the attempt about to be checked: it counts as a failure until it proves right. */
    void reserve(Instant now) {
        failedCount++;
        lastFailedAt = now;
    }

    /** The right password: consecutive failures start again from nothing. */
    void succeed() {
        failedCount = 0;
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
}
