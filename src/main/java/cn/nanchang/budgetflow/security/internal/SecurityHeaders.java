package cn.nanchang.budgetflow.security.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers of every answer, UI and API alike. The policy is as strict as Vaadin Flow
 * allows: its bootstrap needs inline script and its client engine builds functions from what the
 * server sends ('unsafe-eval'), and its components set inline styles. Everything else comes from
 * this origin only; no plug-ins, no framing, forms post only here; over https, browsers are told to
 * come back over https only (HSTS).
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    public static void apply(HttpSecurity http) throws Exception {
        http.headers(h -> h
            .contentTypeOptions(Customizer.withDefaults())
            .frameOptions(f -> f.deny())
            // only on https (behind the proxy, see server.forward-headers-strategy): a year, subdomains too
            .httpStrictTransportSecurity(t -> t.maxAgeInSeconds(31_536_000).includeSubDomains(true))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
            .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")));
    }
}
