package cn.nanchang.budgetflow.security.token;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One issued token: its hash, whose it is, the account it was issued against, and how long it holds. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String tokenHash;
    private String username;
    private String accountStamp;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(String tokenHash, String username, String accountStamp, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.accountStamp = accountStamp;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getAccountStamp() {
        return accountStamp;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
