package cn.nanchang.budgetflow.security.token;

import cn.nanchang.budgetflow.security.AccountDetails;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A call signed in with an API token. Its principal is the same {@link AccountDetails} a password
 * sign-in gives, so {@code CurrentActor}, {@code @PreAuthorize} and every service work unchanged;
 * it keeps the token's id (to revoke it) and never the token.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    private final AccountDetails account;
    private final long tokenId;

    TokenAuthentication(AccountDetails account, long tokenId) {
        super(account.getAuthorities());
        this.account = account;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public AccountDetails getPrincipal() {
        return account;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenAuthentication that && super.equals(that) && tokenId == that.tokenId;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Long.hashCode(tokenId);
    }
}
