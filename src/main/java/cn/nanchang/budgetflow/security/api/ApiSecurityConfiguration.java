package cn.nanchang.budgetflow.security.api;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.OrganizationService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import cn.nanchang.budgetflow.security.internal.SecurityHeaders;
import cn.nanchang.budgetflow.security.token.TokenIntrospector;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * /api/v1: HTTP Basic over the same accounts as the UI (and the same sign-in throttle) or an API
 * token ({@code Authorization: Bearer}, see {@link cn.nanchang.budgetflow.security.token}), no
 * session, no CSRF token but no cross-site requests either ({@link CrossSiteRequestGuard}), the same
 * security headers as the UI, and JSON bodies for 401 and 403 like every other API error.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, Messages messages, TokenIntrospector tokens,
            AuthenticationEventPublisher authenticationEvents, OrganizationService organization) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .httpBasic(b -> b.realmName("budgetflow")
                .authenticationEntryPoint((req, res, e) -> write(res, json, 401, unauthorized(e, messages))))
            // API tokens (issue 12 §4): Spring Security's bearer support with our local introspection
            .oauth2ResourceServer(o -> o
                .opaqueToken(t -> t.authenticationManager(bearerTokens(tokens)))
                .authenticationEntryPoint(new BearerRefusal(json, messages, authenticationEvents)))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            // no CSRF token without a session; cross-site requests are refused by their headers instead
            .addFilterBefore(new CrossSiteRequestGuard(json, messages), CsrfFilter.class)
            .addFilterAfter(new InitialPasswordRefusal(organization, json, messages), AuthorizationFilter.class)
            .exceptionHandling(e -> e
                .authenticationEntryPoint((req, res, ex) -> write(res, json, 401, unauthorized(ex, messages)))
                .accessDeniedHandler((req, res, ex) -> write(res, json, 403, messages.get("api.error.forbidden"))));
        SecurityHeaders.apply(http);
        return http.build();
    }

    /**
     * Spring Security's own opaque-token provider around our introspector and converter, in a manager
     * of its own. Handed to the chain's shared manager instead, a refused token would fall through to
     * the password manager, whose "no provider" failure event names the raw token as the username
     * (and the audit would store it); {@link BearerRefusal} publishes the one failure event instead.
     */
    private static AuthenticationManager bearerTokens(TokenIntrospector introspector) {
        OpaqueTokenAuthenticationProvider provider = new OpaqueTokenAuthenticationProvider(introspector);
        provider.setAuthenticationConverter(TokenIntrospector::authentication);
        return new ProviderManager(provider);
    }

    /** A refusal by the sign-in throttle says why (locked until when, or how long to wait). */
    private static String unauthorized(AuthenticationException e, Messages messages) {
        return e instanceof LockedException ? e.getMessage() : messages.get("api.error.unauthorized");
    }

    static void write(HttpServletResponse response, ObjectMapper json, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // never WWW-Authenticate: a browser would offer its Basic prompt and then send the credentials along
        // with any other site's request to this origin (issue 12 §3); scripts send them unasked
        json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
    }
}
