package cn.nanchang.budgetflow.security.internal;

import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in browser session in step with the account. The session holds the person as
 * they were at sign-in; an administrator may since have changed their role or section (and so
 * their approval groups), disabled the account or reset its password. On every request the
 * account is read again: a changed role or section replaces the session's person at once, and a
 * disabled or deleted account or a reset password ends the session. (The API signs in on every
 * request, with the password or with a token checked against the account as it is now, so it
 * needs no such check.)
 */
public class CurrentAccountFilter extends OncePerRequestFilter {

    private final OrganizationService organization;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public CurrentAccountFilter(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountDetails held) {
            AccountDetails now = organization.user(held.getUsername()).map(AccountDetailsFactory::of).orElse(null);
            if (now == null || !now.isEnabled() || !Objects.equals(now.getPassword(), held.getPassword())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!now.actor().equals(held.actor())) {
                UsernamePasswordAuthenticationToken refreshed =
                    UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
                refreshed.setDetails(auth.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(refreshed);
                SecurityContextHolder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
