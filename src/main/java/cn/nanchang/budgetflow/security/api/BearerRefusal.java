package cn.nanchang.budgetflow.security.api;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.security.token.TokenIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;

/**
 * The answer to a bearer token that is refused (unknown, malformed, expired, revoked, or its account
 * changed): the API's JSON 401, and a failed sign-in published as Spring Security's bad-credentials
 * event so that the audit counts it like a wrong password. The event names the token's account, or
 * {@value #UNKNOWN} for a token we never issued, and the client address; never the token.
 */
final class BearerRefusal implements AuthenticationEntryPoint {

    static final String UNKNOWN = "(未知令牌)";

    private final ObjectMapper json;
    private final Messages messages;
    private final AuthenticationEventPublisher events;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerRefusal(ObjectMapper json, Messages messages, AuthenticationEventPublisher events) {
        this.json = json;
        this.messages = messages;
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        String username = refusal.getCause() instanceof TokenIntrospector.Refused refused && refused.username() != null
            ? refused.username() : UNKNOWN;
        UsernamePasswordAuthenticationToken who = UsernamePasswordAuthenticationToken.unauthenticated(username, null);
        who.setDetails(details.buildDetails(request));
        events.publishAuthenticationFailure(new BadCredentialsException("API token refused: " + refusal.getMessage()), who);
        ApiSecurityConfiguration.write(response, json, 401, messages.get("api.token.refused"));
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
}
