package cn.nanchang.budgetflow.security;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The sign-in attempts of one username: consecutive failures and the attempts being checked now.
 * A row with no failures is kept for the next attempt; old rows are swept.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    private String username;
    @Embedded
    private SignInAttempts attempts;

    protected LoginThrottleEntry() {
    }

    /** The right password: consecutive failures start again from nothing. */
    void succeed() {
        attempts.settle();
        attempts.clearFailures();
    }

    String getUsername() {
        return username;
    }

    SignInAttempts attempts() {
        return attempts;
    }
}
