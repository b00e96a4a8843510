package cn.nanchang.budgetflow.security.api;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API calls signed in with an imported account's one-time initial password (403): the
 * administrator knows it, so nothing may be done with it until its owner has chosen their own on the
 * page. Only password sign-ins are checked; a token can only be had by such a call, which is refused.
 */
class InitialPasswordRefusal extends OncePerRequestFilter {

    private final OrganizationService organization;
    private final ObjectMapper json;
    private final Messages messages;

    InitialPasswordRefusal(OrganizationService organization, ObjectMapper json, Messages messages) {
        this.organization = organization;
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.getPrincipal() instanceof AccountDetails account
                && organization.user(account.getUsername()).map(AppUser::isMustChangePassword).orElse(false)) {
            ApiSecurityConfiguration.write(response, json, 403, messages.get("api.error.initialPassword"));
            return;
        }
        chain.doFilter(request, response);
    }
}
