package cn.nanchang.budgetflow.security.internal;

import cn.nanchang.budgetflow.security.LoginThrottle;
import cn.nanchang.budgetflow.security.LoginThrottled;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way passwords are checked, for the login form and HTTP Basic alike: the throttle admits
 * the attempt (and counts it) first, then the password is checked, then the outcome is reported.
 * Refusals by the throttle are {@link LoginThrottled} exceptions whose message is the Chinese text
 * shown to the person.
 */
@Configuration(proxyBeanMethods = false)
class ThrottledAuthentication {

    @Bean
    AuthenticationProvider throttledPasswordCheck(UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new Provider(passwords, throttle);
    }

    /**
     * Every failed authentication is published, so that the audit log counts it: Spring's default
     * publisher maps exceptions by exact class and stays silent for the throttle's own refusal and
     * for any exception it does not know (a mechanism added later), unless told otherwise.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(LoginThrottled.class, AuthenticationFailureLockedEvent.class));
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    private record Provider(DaoAuthenticationProvider passwords, LoginThrottle throttle) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication attempt) {
            String username = attempt.getName();
            String client = clientOf(attempt);
            LoginThrottle.Admission admission = throttle.admit(username, client);
            if (!admission.admitted()) {
                throw new LoginThrottled(admission.refusal(), admission.clientWide());
            }
            Authentication result;
            try {
                result = passwords.authenticate(attempt);
            } catch (RuntimeException refused) {
                if (refused instanceof AuthenticationException && !(refused instanceof InternalAuthenticationServiceException)) {
                    throttle.failed(username, client);
                } else {
                    // the account store failed: no outcome, so neither a failure of the person nor a success
                    throttle.abandoned(username, client);
                }
                throw refused;
            }
            throttle.succeeded(username, client);
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /**
     * The request's remote address: both sign-in filters put it in the details. Forwarded headers
     * are resolved (or not) before this, by the servlet container.
     */
    static String clientOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
