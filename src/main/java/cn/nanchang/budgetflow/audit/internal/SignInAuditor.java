package cn.nanchang.budgetflow.audit.internal;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.PageRefused;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.LoginLocks;
import cn.nanchang.budgetflow.security.LoginThrottled;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins and sign-outs. API calls authenticate on every request with
 * HTTP Basic, so only interactive (form) sign-ins count as logins; failures count on every route,
 * and like refusals of signed-in people they are aggregated ({@link RefusalWindows}).
 */
@Component
class SignInAuditor {

    private final AuditLog audit;
    private final RefusalWindows windows;

    SignInAuditor(AuditLog audit, RefusalWindows windows) {
        this.audit = audit;
        this.windows = windows;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        record(AuditAction.LOGIN, event.getAuthentication(), null);
    }

    /**
     * Any failed authentication (form, Basic, and mechanisms added later, such as API tokens), counted
     * per name and client: the first of a window is written at once, the rest as one closing entry
     * with their count. A client the throttle slows for every name is counted per client, whatever
     * names it tries, so that random names cannot flood the log.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Exception cause = event.getException();
        Authentication attempt = event.getAuthentication();
        boolean clientWide = cause instanceof LoginThrottled throttled && throttled.clientWide();
        String name = clientWide ? "(任意用户名)" : truncate(attemptedName(attempt));
        // a refusal by the sign-in throttle says why (how long to wait, or stopped until when)
        String details = cause instanceof LockedException ? "LockedException：" + cause.getMessage()
            : cause.getClass().getSimpleName();
        windows.refused(AuditAction.LOGIN_FAILED, name, null, RequestClients.of(attempt), "登录失败", details);
    }

    @EventListener
    void onClientBlocked(LoginLocks.ClientBlocked event) {
        audit.record(AuditRecord.of(AuditAction.LOGIN_LOCKED, "(任意用户名)", null)
            .details("地址 " + event.address() + " 登录失败" + event.failures() + "次，暂停登录至 " + event.until()));
    }

    @EventListener
    void onUnlocked(LoginLocks.Unlocked event) {
        audit.record(AuditRecord.of(AuditAction.LOGIN_UNLOCKED, truncate(event.by()), event.byRole())
            .details("解除登录限制：" + event.nameOrAddress()));
    }

    /** A page refused a signed-in person (an address not theirs, an action turned down): as the API's refusals. */
    @EventListener
    void onPageRefused(PageRefused event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!signedIn(auth)) {
            return;
        }
        windows.refused(AuditAction.ACCESS_DENIED, truncate(auth.getName()), roleOf(auth), RequestClients.current(), event.what(),
            event.what() + "（" + event.reason() + "）");
    }

    /**
     * A signed-in person refused by a URL rule or a service's method security. Anonymous refusals
     * are only the way to the login page and are not recorded.
     */
    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (!signedIn(auth)) {
            return;
        }
        RequestClients.markAudited();
        String what = describe(event.getSource());
        windows.refused(AuditAction.ACCESS_DENIED, truncate(auth.getName()), roleOf(auth), RequestClients.current(), what, what);
    }

    private static String describe(Object secured) {
        if (secured instanceof MethodInvocation invocation) {
            // the service called, not the class declaring the method: a type's service inherits create from its template
            Class<?> service = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
            return service.getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (secured instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(secured);
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        record(AuditAction.LOGOUT, event.getAuthentication(), null);
    }

    private void record(AuditAction action, Authentication auth, String details) {
        audit.record(AuditRecord.of(action, truncate(auth.getName()), roleOf(auth)).details(details));
    }

    static String roleOf(Authentication auth) {
        return auth.getPrincipal() instanceof AccountDetails account ? account.actor().role().name() : null;
    }

    /** The name a person typed; other kinds of credentials (a bearer token) are named by their kind, never by their secret. */
    private static String attemptedName(Authentication attempt) {
        if (attempt == null) {
            return null;
        }
        return attempt instanceof UsernamePasswordAuthenticationToken ? attempt.getName()
            : "(" + attempt.getClass().getSimpleName() + ")";
    }

    private static String truncate(String name) {
        String safe = name == null || name.isBlank() ? "(空)" : name;
        return safe.length() > 50 ? safe.substring(0, 50) : safe;
    }

    private static boolean signedIn(Authentication auth) {
        return auth != null && !(auth instanceof AnonymousAuthenticationToken) && auth.isAuthenticated();
    }
}
