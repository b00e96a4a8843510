package cn.nanchang.budgetflow.security;

import cn.nanchang.budgetflow.organization.OrganizationService;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work signed in as a given account, as if that person had logged in, so that start-up
 * seeding goes through the same services, checks and audit as people do. Never exposed to users.
 */
@Component
public class ActingAs {

    private final OrganizationService organization;

    ActingAs(OrganizationService organization) {
        this.organization = organization;
    }

    public <T> T run(String username, Supplier<T> work) {
        AccountDetails details = AccountDetailsFactory.of(organization.user(username)
            .orElseThrow(() -> new IllegalStateException("account missing: " + username)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
