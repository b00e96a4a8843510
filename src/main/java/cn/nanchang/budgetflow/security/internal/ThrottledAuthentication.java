package cn.nanchang.budgetflow.security.internal;

import cn.nanchang.budgetflow.security.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way passwords are checked, for the login form and HTTP Basic alike: the throttle is
 * asked first, then the password, and the outcome is counted. Refusals by the throttle are
 * {@link LockedException}s whose message is the Chinese text shown to the person.
 */
@Configuration(proxyBeanMethods = false)
class ThrottledAuthentication {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    @Bean
    AuthenticationProvider throttledPasswordCheck(UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new Provider(passwords, throttle);
    }

    private record Provider(DaoAuthenticationProvider passwords, LoginThrottle throttle) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication attempt) {
            String username = attempt.getName();
            LoginThrottle.Admission admission = throttle.admit(username);
            if (!admission.admitted()) {
                throw new LockedException(admission.refusal());
            }
            try {
                Authentication result = passwords.authenticate(attempt);
                if (admission.hasFailures()) {
                    throttle.recordSuccess(username);
                }
                return result;
            } catch (BadCredentialsException wrong) {
                try {
                    throttle.recordFailure(username);
                } catch (RuntimeException raced) {
                    // two first failures of one name at once: one row wins; the answer stays "wrong password"
                    log.warn("failed sign-in of {} not counted: {}", username, raced.getMessage());
                }
                throw wrong;
            }
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
