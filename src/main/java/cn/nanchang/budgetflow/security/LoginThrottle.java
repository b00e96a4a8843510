package cn.nanchang.budgetflow.security;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps password guessing slow on both sign-in routes (form and HTTP Basic) without letting a
 * stranger lock anyone out (ASVS 5.0 §6.3, NIST 800-63B §5.2.2). Counted per username and per
 * client address, under row locks, and counted <em>before</em> the password is checked: the
 * attempt reserves a failure in the same step that decides it may be checked, and gets it back only
 * when the password was right, so parallel guesses cannot all slip through. Numbers in
 * {@link LoginThrottlePolicy}. A username's wait does not apply to a client with no failures: the
 * real user, from their own machine, still gets in while strangers guess their name.
 */
@Service
public class LoginThrottle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MAX_KEY = 100;
    private static final int MAX_ADDRESS = 64;

    private final LoginThrottleRepository accounts;
    private final LoginThrottleClientRepository clients;
    private final LoginThrottlePolicy policy;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;
    private final TransactionTemplate tx;

    LoginThrottle(LoginThrottleRepository accounts, LoginThrottleClientRepository clients, LoginThrottlePolicy policy,
            ApplicationEventPublisher events, CurrentActor currentActor, Messages messages, Clock clock,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.clients = clients;
        this.policy = policy;
        this.events = events;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The answer to a sign-in attempt before its password is checked. */
    public record Admission(boolean admitted, boolean clientWide, String refusal) {
    }

    /** A decision, or none yet: the attempt must wait for the outcomes of those in flight. */
    private record Decision(Admission admission) {

        static final Decision WAIT_YOUR_TURN = new Decision(null);
    }

    /**
     * Whether the password of this attempt may be checked. An admitted attempt is reserved (counted
     * as in flight) in the same locked step; the caller reports its outcome with {@link #succeeded},
     * {@link #failed} or {@link #abandoned}. An attempt that would have to wait if those in flight
     * all failed waits its turn (outside any transaction), so the decision is taken on known outcomes.
     */
    public Admission admit(String username, String client) {
        String key = key(username);
        String address = address(client);
        ensureRows(key, address);
        long giveUp = System.nanoTime() + policy.turnWait.toNanos();
        for (int round = 0; ; round++) {
            Decision decision = tx.execute(s -> decide(key, address, clock.instant()));
            if (decision.admission() != null) {
                return decision.admission();
            }
            if (System.nanoTime() > giveUp) {
                return new Admission(false, false, messages.get("login.busy"));
            }
            pause(round);
        }
    }

    private Decision decide(String key, String address, Instant now) {
        // always the name's row first, then the client's: one order, so two attempts never wait on each other crosswise
        LoginThrottleEntry account = accounts.lockByUsername(key).orElseThrow();
        LoginThrottleClient client = clients.lockByAddress(address).orElseThrow();
        SignInAttempts name = account.attempts();
        SignInAttempts from = client.attempts();
        name.forget(now, policy.forgetAfter);
        client.forget(now, policy.clientWindow);
        if (client.blockedAt(now)) {
            return refuse(true, messages.get("login.locked", TIME.format(client.getBlockedUntil().atZone(clock.getZone()))));
        }
        Instant clientNext = policy.clientNext(from);
        if (clientNext.isAfter(now)) {
            return refuse(true, waitMessage(now, clientNext));
        }
        if (policy.clientBusy(from)) {
            return Decision.WAIT_YOUR_TURN;
        }
        // a name's wait holds a client that has failed; a client without failures (its owner) is let through
        Instant accountNext = policy.accountNext(name);
        boolean nameWaits = accountNext.isAfter(now);
        if (nameWaits && from.failed() > 0) {
            return refuse(false, waitMessage(now, accountNext));
        }
        if (name.inFlight() > 0 && (nameWaits || policy.accountBusy(name))) {
            return Decision.WAIT_YOUR_TURN;
        }
        name.reserve(now);
        from.reserve(now);
        return new Decision(new Admission(true, false, null));
    }

    private static Decision refuse(boolean clientWide, String message) {
        return new Decision(new Admission(false, clientWide, message));
    }

    /** The password was right: the name starts afresh; the client's failures (at other names) stay. */
    public void succeeded(String username, String client) {
        settle(username, client, (account, from, now) -> {
            account.succeed();
            from.attempts().settle();
        });
    }

    /** The password was wrong: counted for the name and the client; a client at its cap is stopped for every name. */
    public void failed(String username, String client) {
        settle(username, client, (account, from, now) -> {
            account.attempts().fail(now);
            from.attempts().fail(now);
            if (from.attempts().failed() >= policy.clientCap && !from.blockedAt(now)) {
                from.blockUntil(now.plus(policy.clientWindow));
                events.publishEvent(new LoginLocks.ClientBlocked(from.getAddress(), from.attempts().failed(), from.getBlockedUntil()));
            }
        });
    }

    /** The check broke before it had an outcome (the account store failed): neither a failure nor a success. */
    public void abandoned(String username, String client) {
        settle(username, client, (account, from, now) -> {
            account.attempts().settle();
            from.attempts().settle();
        });
    }

    private interface Outcome {
        void apply(LoginThrottleEntry account, LoginThrottleClient client, Instant now);
    }

    private void settle(String username, String client, Outcome outcome) {
        tx.executeWithoutResult(s -> {
            // rows lifted by an administrator meanwhile are simply gone
            var account = accounts.lockByUsername(key(username));
            var from = clients.lockByAddress(address(client));
            if (account.isPresent() && from.isPresent()) {
                outcome.apply(account.get(), from.get(), clock.instant());
            }
        });
    }

    /**
     * Short at first (a password check takes tens of milliseconds), longer the longer the queue, and
     * jittered, so that attempts waiting together neither come back at once nor keep the rows busy.
     */
    private static void pause(int round) {
        int ceiling = Math.min(50, 10 << Math.min(round, 3));
        try {
            Thread.sleep(ceiling / 2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lifts the throttle of a username or a client address. Recorded in the audit log. */
    @Transactional
    @Roles.Admin
    public void unlock(String nameOrAddress) {
        if (!lift(nameOrAddress)) {
            throw new NotFoundException(messages.get("login.unlock.none", nameOrAddress));
        }
        Actor admin = currentActor.get();
        events.publishEvent(new LoginLocks.Unlocked(nameOrAddress, admin.username(), admin.role().name()));
    }

    /**
     * The operator's way in when no administrator can sign in: run from the command line against the
     * database, so it needs no sign-in and no role. Recorded in the audit log as done by the operator.
     */
    @Transactional
    public boolean unlockFromCommandLine(String nameOrAddress, String operator) {
        boolean lifted = lift(nameOrAddress);
        if (lifted) {
            events.publishEvent(new LoginLocks.Unlocked(nameOrAddress, operator, null));
        }
        return lifted;
    }

    private boolean lift(String nameOrAddress) {
        var account = accounts.lockByUsername(key(nameOrAddress)).filter(a -> a.attempts().failed() > 0);
        var client = clients.lockByAddress(address(nameOrAddress)).filter(c -> c.attempts().failed() > 0 || c.getBlockedUntil() != null);
        account.ifPresent(accounts::delete);
        client.ifPresent(clients::delete);
        return account.isPresent() || client.isPresent();
    }

    /** Names with failures and client addresses with failures or a block, now. */
    @Transactional(readOnly = true)
    @Roles.Admin
    public List<LoginLocks.Lock> locks() {
        Instant now = clock.instant();
        Stream<LoginLocks.Lock> names = accounts.findByAttemptsFailedCountGreaterThanOrderByUsername(0).stream()
            .filter(a -> !a.attempts().lastFailedAt().plus(policy.forgetAfter).isBefore(now))
            .map(a -> new LoginLocks.Lock(a.getUsername(), null, a.attempts().failed(), a.attempts().lastFailedAt(),
                policy.accountNext(a.attempts())));
        Stream<LoginLocks.Lock> addresses = clients.findByAttemptsFailedCountGreaterThanOrderByAddress(0).stream()
            .map(c -> new LoginLocks.Lock(null, c.getAddress(), c.attempts().failed(), c.attempts().lastFailedAt(),
                c.blockedAt(now) ? c.getBlockedUntil() : policy.clientNext(c.attempts())));
        return Stream.concat(names, addresses).toList();
    }

    /** Rows of names and clients quiet for longer than they are remembered (random names of guessers among them). */
    @Scheduled(fixedDelayString = "${budgetflow.login.sweep-every:PT1H}")
    public void sweep() {
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            accounts.deleteQuietSince(now.minus(policy.forgetAfter));
            clients.deleteQuietSince(now.minus(policy.clientWindow));
        });
    }

    /** The rows to lock must exist; two first attempts at once both try, and one insert loses, harmlessly. */
    private void ensureRows(String key, String address) {
        Instant now = clock.instant();
        insertIfAbsent(() -> {
            if (!accounts.existsById(key)) {
                accounts.insertEmpty(key, now);
            }
        });
        insertIfAbsent(() -> {
            if (!clients.existsById(address)) {
                clients.insertEmpty(address, now);
            }
        });
    }

    private void insertIfAbsent(Runnable insert) {
        try {
            tx.executeWithoutResult(s -> insert.run());
        } catch (DataIntegrityViolationException raced) {
            // inserted by the parallel attempt
        }
    }

    private String waitMessage(Instant now, Instant next) {
        long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
        return messages.get("login.throttled", seconds);
    }

    /** One counter per name however it is typed: MySQL compares usernames case-insensitively. */
    static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k;
    }

    static String address(String client) {
        String a = client == null || client.isBlank() ? "unknown" : client.strip();
        return a.length() > MAX_ADDRESS ? a.substring(0, MAX_ADDRESS) : a;
    }
}
