package cn.nanchang.budgetflow.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for all logic, in the center's time zone, so that tests can fix time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CHINA);
    }
}
