package cn.nanchang.budgetflow.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The numbers of the sign-in throttle (settings {@code budgetflow.login.*}) and the delays they
 * give. Delays are progressive: after the free failures each further failure doubles the wait
 * before the next check, up to a ceiling. A username is never locked; a client address is stopped
 * for every name once it reaches its cap, until its window has passed or an administrator lifts it.
 */
@Component
class LoginThrottlePolicy {

    final int accountFree;
    final Duration accountDelay;
    final Duration accountMaxDelay;
    final Duration forgetAfter;
    final int clientFree;
    final Duration clientDelay;
    final Duration clientMaxDelay;
    final int clientCap;
    final Duration clientWindow;
    /** How long an attempt waits its turn behind attempts in flight before it is turned away. */
    final Duration turnWait;

    LoginThrottlePolicy(@Value("${budgetflow.login.account-free-failures:3}") int accountFree,
            @Value("${budgetflow.login.account-delay:PT30S}") Duration accountDelay,
            @Value("${budgetflow.login.account-max-delay:PT15M}") Duration accountMaxDelay,
            @Value("${budgetflow.login.forget-after:PT24H}") Duration forgetAfter,
            @Value("${budgetflow.login.client-free-failures:10}") int clientFree,
            @Value("${budgetflow.login.client-delay:PT1S}") Duration clientDelay,
            @Value("${budgetflow.login.client-max-delay:PT5M}") Duration clientMaxDelay,
            @Value("${budgetflow.login.client-cap:100}") int clientCap,
            @Value("${budgetflow.login.client-window:PT24H}") Duration clientWindow,
            @Value("${budgetflow.login.turn-wait:PT10S}") Duration turnWait) {
        this.accountFree = accountFree;
        this.accountDelay = accountDelay;
        this.accountMaxDelay = accountMaxDelay;
        this.forgetAfter = forgetAfter;
        this.clientFree = clientFree;
        this.clientDelay = clientDelay;
        this.clientMaxDelay = clientMaxDelay;
        this.clientCap = clientCap;
        this.clientWindow = clientWindow;
        this.turnWait = turnWait;
    }

    /** When this username's password may next be checked (from a client that has failures). */
    Instant accountNext(SignInAttempts account) {
        return account.lastFailedAt().plus(delay(account.failed(), accountFree, accountDelay, accountMaxDelay));
    }

    /** When this client may next have any password checked. */
    Instant clientNext(SignInAttempts client) {
        return client.lastFailedAt().plus(delay(client.failed(), clientFree, clientDelay, clientMaxDelay));
    }

    /**
     * Whether a further attempt must wait for those in flight: it would have to wait if they all
     * failed. So never more than the free failures of a name, nor of a client, are checked at once.
     */
    boolean accountBusy(SignInAttempts account) {
        return account.inFlight() > 0 && account.failedAtWorst() >= accountFree;
    }

    boolean clientBusy(SignInAttempts client) {
        // whichever comes first: the free failures, or a cap configured below them
        return client.inFlight() > 0 && client.failedAtWorst() >= Math.min(clientFree, clientCap);
    }

    static Duration delay(int failures, int free, Duration base, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
