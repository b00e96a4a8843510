package cn.nanchang.budgetflow.security.ui;

import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.internal.CurrentAccountFilter;
import cn.nanchang.budgetflow.security.internal.SecurityHeaders;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Everything that is not /api: the Vaadin UI with form login, the public health probe and version, and the
 * OpenAPI description. Every other actuator endpoint is closed. Method security is switched on
 * here because services, not views, are the security boundary.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class UiSecurityConfiguration {

    /** Publishes authorization denials (URL rules and method security) so that they can be audited. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, OrganizationService organization, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // the running version (name, version, build time) for the operator after an upgrade; the page footer shows it too
            .requestMatchers("/actuator/info").permitAll()
            .requestMatchers("/actuator/**").denyAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll());
        // Vaadin exempts its login page from Spring's CSRF check, so a forged cross-site POST could sign a
        // victim into an attacker's account (login CSRF). Only Vaadin's own requests, which carry its own
        // security key, are exempted here; the login form sends the token Vaadin puts into the page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
            .enableCsrfConfiguration(false));
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        SecurityHeaders.apply(http);
        // a role, section or account change by an administrator applies to open sessions at their next request
        http.addFilterAfter(new CurrentAccountFilter(organization), SecurityContextHolderFilter.class);
        return http.build();
    }
}
