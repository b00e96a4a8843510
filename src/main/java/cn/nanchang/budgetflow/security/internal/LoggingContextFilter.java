package cn.nanchang.budgetflow.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user and, for an API call on one document, its id into the logging context
 * (MDC keys {@code user} and {@code document}) for every line logged while the request runs
 * (issue 20 §5), so that one approval can be followed through the log. Registered without an order,
 * it runs inside Spring Security's chain, where the sign-in is known. Inside the engine (listeners,
 * delegates, jobs of the job executor) Camunda itself puts the business key, which is the
 * document's id, under {@code document} (application.properties: loggingContextBusinessKey).
 */
@Component
class LoggingContextFilter extends OncePerRequestFilter {

    static final String USER = "user";
    static final String DOCUMENT = "document";
    private static final Pattern DOCUMENT_PATH = Pattern.compile(
        "^/api/v1/(?:budget-drafts|project-applications|procurement-plans|budget-adjustments|unit-proposals|documents)/(\\d{1,18})(?:/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String document = document(request.getRequestURI().substring(request.getContextPath().length()));
        try {
            if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
                MDC.put(USER, auth.getName());
            }
            if (document != null) {
                MDC.put(DOCUMENT, document);
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(DOCUMENT);
        }
    }

    static String document(String path) {
        Matcher m = DOCUMENT_PATH.matcher(path);
        return m.matches() ? m.group(1) : null;
    }
}
