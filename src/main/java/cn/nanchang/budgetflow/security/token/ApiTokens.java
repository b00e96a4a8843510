package cn.nanchang.budgetflow.security.token;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Sha256;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import cn.nanchang.budgetflow.security.ApiTokenEvents;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API tokens. A token is 256 bits from {@link SecureRandom}, base64url;
 * only its SHA-256 is stored (a fast hash is enough for a secret that cannot be guessed, and it is
 * what lets every call skip bcrypt). Each check reads the account as it is now: a token dies when
 * its account is disabled, or its password, role or section differ from when it was issued.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final ApiTokenRepository tokens;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;
    private final Duration ttl;

    ApiTokens(ApiTokenRepository tokens, OrganizationService organization, CurrentActor currentActor,
            ApplicationEventPublisher events, Messages messages, Clock clock,
            @Value("${budgetflow.api.token-ttl:PT8H}") Duration ttl) {
        this.tokens = tokens;
        this.organization = organization;
        this.currentActor = currentActor;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A token and when it stops working; the token is shown this once and kept nowhere. */
    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * A new token for the signed-in person. Only a password sign-in may ask: a token that could
     * renew itself would never expire.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Issued issue() {
        if (currentToken() != null) {
            throw ValidationException.of("Authorization", messages.get("api.token.needsPassword"));
        }
        var actor = currentActor.get();
        AppUser user = organization.user(actor.username()).orElseThrow();
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(Sha256.hex(token), user.getUsername(), stamp(user), now, now.plus(ttl)));
        events.publishEvent(new ApiTokenEvents.Issued(actor, saved.getId(), saved.getExpiresAt()));
        return new Issued(token, saved.getExpiresAt());
    }

    /** Revokes the token this call was made with. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeCurrent() {
        TokenAuthentication current = currentToken();
        if (current == null) {
            throw ValidationException.of("Authorization", messages.get("api.token.needsToken"));
        }
        tokens.findById(current.tokenId()).ifPresent(t -> t.revoke(clock.instant()));
        events.publishEvent(new ApiTokenEvents.Revoked(currentActor.get(), current.tokenId()));
    }

    /**
     * The account a presented token stands for now, or why it is refused. A token refused because
     * its account changed is revoked as well, so that undoing the change does not revive it.
     */
    @Transactional
    public Introspection introspect(String token) {
        ApiToken held = tokens.findByTokenHash(Sha256.hex(token)).orElse(null);
        if (held == null) {
            return Introspection.refused(null, "unknown token");
        }
        Instant now = clock.instant();
        if (!held.validAt(now)) {
            return Introspection.refused(held.getUsername(), "expired or revoked token");
        }
        AppUser user = organization.user(held.getUsername()).orElse(null);
        if (user == null || !user.isEnabled() || !stamp(user).equals(held.getAccountStamp())) {
            held.revoke(now);
            return Introspection.refused(held.getUsername(), "account changed since the token was issued");
        }
        return new Introspection(AccountDetailsFactory.of(user), held.getId(), held.getUsername(), null);
    }

    /**
     * Revokes the account's live tokens that no longer match it (disabled, or password, role or
     * section changed). Checking at every call already refuses them; administration calls this
     * as well, so that undoing a change before the token is next used does not revive it.
     */
    @Transactional
    public void revokeStale(AppUser user) {
        Instant now = clock.instant();
        String current = stamp(user);
        tokens.findByUsernameAndRevokedAtIsNull(user.getUsername()).stream()
            .filter(t -> !user.isEnabled() || !t.getAccountStamp().equals(current))
            .forEach(t -> t.revoke(now));
    }

    /** The outcome of a check: the account and token id, or the username (if known) and the reason. */
    public record Introspection(AccountDetails account, Long tokenId, String username, String refusal) {

        static Introspection refused(String username, String reason) {
            return new Introspection(null, null, username, reason);
        }
    }

    private static TokenAuthentication currentToken() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof TokenAuthentication token ? token : null;
    }

    /** What a token is bound to: a new password hash, role or section gives another stamp. */
    private static String stamp(AppUser user) {
        String section = user.getSection() == null ? "" : user.getSection().getCode();
        return Sha256.hex(user.getPasswordHash() + '\n' + user.getRole().name() + '\n' + section);
    }

}
