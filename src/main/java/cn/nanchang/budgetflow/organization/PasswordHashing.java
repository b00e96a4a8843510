package cn.nanchang.budgetflow.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as bcrypt hashes only; this module owns the accounts and so the hashing.
 * The work factor is {@code budgetflow.password.bcrypt-strength}: 10 in application.properties,
 * bcrypt's own default. Only the test profile lowers it: there every API call of a test signs in
 * with HTTP Basic and so pays one check, and at 10 those checks were most of the unit tests' time.
 * A check costs 2^strength rounds whatever the setting, so a hash stored at 10 stays at 10.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashing.class);
    private static final int PRODUCTION_STRENGTH = 10;

    @Bean
    PasswordEncoder passwordEncoder(@Value("${budgetflow.password.bcrypt-strength}") int strength) {
        if (strength < PRODUCTION_STRENGTH) {
            log.warn("budgetflow.password.bcrypt-strength={} is below {}: new password hashes are cheap to guess; for tests only",
                strength, PRODUCTION_STRENGTH);
        }
        return new BCryptPasswordEncoder(strength);
    }
}
