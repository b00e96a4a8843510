package cn.nanchang.budgetflow.audit.internal;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.LoginLocks;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins and sign-outs. API calls authenticate on every request with
 * HTTP Basic, so only interactive (form) sign-ins count as logins; failures count on both routes.
 */
@Component
class SignInAuditor {

    private final AuditLog audit;

    SignInAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        record(AuditAction.LOGIN, event.getAuthentication(), null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Exception cause = event.getException();
        // a refusal by the sign-in throttle says why in its message (locked until when, or wait)
        String details = cause instanceof LockedException ? "LockedException：" + cause.getMessage()
            : cause.getClass().getSimpleName();
        record(AuditAction.LOGIN_FAILED, event.getAuthentication(), details);
    }

    @EventListener
    void onLocked(LoginLocks.Locked event) {
        audit.record(AuditRecord.of(AuditAction.LOGIN_LOCKED, truncate(event.username()), null)
            .details("连续登录失败" + event.failures() + "次，锁定至 " + event.until()));
    }

    @EventListener
    void onUnlocked(LoginLocks.Unlocked event) {
        audit.record(AuditRecord.of(AuditAction.LOGIN_UNLOCKED, event.by().username(), event.by().role().name())
            .details("解除登录锁定：" + event.username()));
    }

    /**
     * A signed-in person refused by a URL rule or a service's method security. Anonymous refusals
     * are only the way to the login page and are not recorded.
     */
    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return;
        }
        record(AuditAction.ACCESS_DENIED, auth, describe(event.getSource()));
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
        String role = null;
        String name = auth.getName();
        if (auth.getPrincipal() instanceof AccountDetails account) {
            role = account.actor().role().name();
        }
        audit.record(AuditRecord.of(action, truncate(name), role).details(details));
    }

    private static String truncate(String name) {
        String safe = name == null || name.isBlank() ? "(空)" : name;
        return safe.length() > 50 ? safe.substring(0, 50) : safe;
    }
}
