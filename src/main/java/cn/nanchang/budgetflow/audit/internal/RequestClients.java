package cn.nanchang.budgetflow.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the request being served, and whether its refusal is already in the audit log. */
final class RequestClients {

    private static final String AUDITED = RequestClients.class.getName() + ".audited";

    private RequestClients() {
    }

    /** The remote address the sign-in filters kept in the attempt's details, else the current request's. */
    static String of(Authentication attempt) {
        if (attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return current();
    }

    static String current() {
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    /** A method or URL rule refused this request and recorded it: the response's 403 needs no second entry. */
    static void markAudited() {
        HttpServletRequest request = request();
        if (request != null) {
            request.setAttribute(AUDITED, Boolean.TRUE);
        }
    }

    static boolean audited(HttpServletRequest request) {
        return request.getAttribute(AUDITED) != null;
    }

    private static HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
