package cn.nanchang.budgetflow.security.token;

import cn.nanchang.budgetflow.security.AccountDetails;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Spring Security's opaque-token introspection, done locally: the token's hash is looked up in our
 * table instead of asking an authorization server. {@link #authentication} then turns the
 * introspected principal into a {@link TokenAuthentication} whose principal is our AccountDetails.
 */
@Component
public class TokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;

    TokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        ApiTokens.Introspection found = tokens.introspect(token);
        if (found.account() == null) {
            throw new Refused(found.username(), found.refusal());
        }
        return new Holder(found.account(), found.tokenId());
    }

    /** The authentication converter for {@code opaqueToken(t -> t.authenticationConverter(...))}. */
    public static Authentication authentication(String introspectedToken, OAuth2AuthenticatedPrincipal principal) {
        Holder holder = (Holder) principal;
        return new TokenAuthentication(holder.account(), holder.tokenId());
    }

    /** A refused token; names the token's account when the token was ours, never the token. */
    public static final class Refused extends BadOpaqueTokenException {

        private final transient String username;

        Refused(String username, String reason) {
            super(reason);
            this.username = username;
        }

        /** The account of a known token, or null for a token we never issued. */
        public String username() {
            return username;
        }
    }

    private record Holder(AccountDetails account, long tokenId) implements OAuth2AuthenticatedPrincipal {

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of("sub", account.getUsername(), "token_id", tokenId);
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return account.getAuthorities();
        }

        @Override
        public String getName() {
            return account.getUsername();
        }
    }
}
