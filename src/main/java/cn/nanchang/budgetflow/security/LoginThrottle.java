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

    /**
     * Whether the password of this attempt may be checked. An admitted attempt is already counted
     * as a failure; the caller reports the outcome with {@link #succeeded} or {@link #failed}.
     */
    public Admission admit(String username, String client) {
        String key = key(username);
        String address = address(client);
        ensureRows(key, address);
        return tx.execute(s -> decide(key, address, clock.instant()));
    }

    private Admission decide(String key, String address, Instant now) {
        // always the name's row first, then the client's: one order, so two attempts never wait on each other crosswise
        LoginThrottleEntry account = accounts.lockByUsername(key).orElseThrow();
        LoginThrottleClient client = clients.lockByAddress(address).orElseThrow();
        account.forget(now, policy.forgetAfter);
        client.forget(now, policy.clientWindow);
        if (client.blockedAt(now)) {
            return new Admission(false, true, messages.get("login.locked", TIME.format(client.getBlockedUntil().atZone(clock.getZone()))));
        }
        Instant clientNext = policy.clientNext(client);
        if (clientNext.isAfter(now)) {
            return new Admission(false, true, waitMessage(now, clientNext));
        }
        Instant accountNext = policy.accountNext(account);
        if (accountNext.isAfter(now) && client.getFailedCount() > 0) {
            return new Admission(false, false, waitMessage(now, accountNext));
        }
        account.reserve(now);
        client.reserve(now);
        return new Admission(true, false, null);
    }

    /** The password was right: the name starts afresh, the client gets back this attempt's reservation. */
    public void succeeded(String username, String client) {
        tx.executeWithoutResult(s -> {
            accounts.lockByUsername(key(username)).ifPresent(LoginThrottleEntry::succeed);
            clients.lockByAddress(address(client)).ifPresent(LoginThrottleClient::giveBack);
        });
    }

    /** The password was wrong (already counted): a client at its cap is stopped for every name. */
    public void failed(String client) {
        tx.executeWithoutResult(s -> clients.lockByAddress(address(client)).ifPresent(c -> {
            Instant now = clock.instant();
            if (c.getFailedCount() >= policy.clientCap && !c.blockedAt(now)) {
                c.blockUntil(now.plus(policy.clientWindow));
                events.publishEvent(new LoginLocks.ClientBlocked(c.getAddress(), c.getFailedCount(), c.getBlockedUntil()));
            }
        }));
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
        var account = accounts.lockByUsername(key(nameOrAddress)).filter(a -> a.getFailedCount() > 0);
        var client = clients.lockByAddress(address(nameOrAddress)).filter(c -> c.getFailedCount() > 0 || c.getBlockedUntil() != null);
        account.ifPresent(accounts::delete);
        client.ifPresent(clients::delete);
        return account.isPresent() || client.isPresent();
    }

    /** Names with failures and client addresses with failures or a block, now. */
    @Transactional(readOnly = true)
    @Roles.Admin
    public List<LoginLocks.Lock> locks() {
        Instant now = clock.instant();
        Stream<LoginLocks.Lock> names = accounts.findByFailedCountGreaterThanOrderByUsername(0).stream()
            .filter(a -> !a.getLastFailedAt().plus(policy.forgetAfter).isBefore(now))
            .map(a -> new LoginLocks.Lock(a.getUsername(), null, a.getFailedCount(), a.getLastFailedAt(), policy.accountNext(a)));
        Stream<LoginLocks.Lock> addresses = clients.findByFailedCountGreaterThanOrderByAddress(0).stream()
            .map(c -> new LoginLocks.Lock(null, c.getAddress(), c.getFailedCount(), c.getLastFailedAt(),
                c.blockedAt(now) ? c.getBlockedUntil() : policy.clientNext(c)));
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
