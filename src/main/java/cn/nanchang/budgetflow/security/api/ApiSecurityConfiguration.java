package cn.nanchang.budgetflow.security.api;

import cn.nanchang.budgetflow.base.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import cn.nanchang.budgetflow.security.internal.SecurityHeaders;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * /api/v1: HTTP Basic over the same accounts as the UI (and the same sign-in throttle), no
 * session, no CSRF (no cookies to forge), the same security headers as the UI, and JSON bodies
 * for 401 and 403 like every other API error.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, Messages messages) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .httpBasic(b -> b.realmName("budgetflow")
                .authenticationEntryPoint((req, res, e) -> write(res, json, 401, unauthorized(e, messages))))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            .exceptionHandling(e -> e
                .authenticationEntryPoint((req, res, ex) -> write(res, json, 401, unauthorized(ex, messages)))
                .accessDeniedHandler((req, res, ex) -> write(res, json, 403, messages.get("api.error.forbidden"))));
        SecurityHeaders.apply(http);
        return http.build();
    }

    /** A refusal by the sign-in throttle says why (locked until when, or how long to wait). */
    private static String unauthorized(AuthenticationException e, Messages messages) {
        return e instanceof LockedException ? e.getMessage() : messages.get("api.error.unauthorized");
    }

    static void write(HttpServletResponse response, ObjectMapper json, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"budgetflow\"");
        }
        json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
    }
}
