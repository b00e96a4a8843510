package cn.nanchang.budgetflow.audit.internal;

import cn.nanchang.budgetflow.audit.AuditAction;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every refusal of a signed-in person on the API is audited (issue 12 §5), not only the role
 * refusals method security reports: a 404 for another section's document or another group's task
 * and a 409 business refusal too. Runs inside Spring Security's chain (after it, as an ordinary
 * filter), so the caller is still known when the answer is decided; aggregated like failed
 * sign-ins. Bad input (400) is not a refusal of the person and is not recorded.
 */
@Component
class RefusalAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusalAuditFilter.class);
    private static final Set<Integer> REFUSALS = Set.of(403, 404, 409);

    private final RefusalWindows windows;

    RefusalAuditFilter(RefusalWindows windows) {
        this.windows = windows;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (REFUSALS.contains(response.getStatus()) && signedIn(caller) && !RequestClients.audited(request)) {
                record(request, response.getStatus(), caller);
            }
        }
    }

    private void record(HttpServletRequest request, int status, Authentication caller) {
        // the path template, not the path: one window for every id a person tries
        Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String what = request.getMethod() + " " + (template == null ? "(未知地址)" : template) + " → " + status;
        try {
            windows.refused(AuditAction.ACCESS_DENIED, cut(caller.getName()), SignInAuditor.roleOf(caller),
                request.getRemoteAddr(), what, what + "（" + cut(request.getRequestURI()) + "）");
        } catch (RuntimeException e) {
            // the answer is already decided; a failed audit write must not turn it into a 500
            log.error("refusal of {} not audited: {}", caller.getName(), what, e);
        }
    }

    private static boolean signedIn(Authentication caller) {
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    private static String cut(String text) {
        return text.length() > 50 ? text.substring(0, 50) : text;
    }
}
