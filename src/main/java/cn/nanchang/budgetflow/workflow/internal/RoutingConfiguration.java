package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.policy.PolicyThresholds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the routing delegate to the administrator-maintained thresholds. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    DecideRoutingDelegate decideRoutingDelegate(PolicyThresholds thresholds) {
        return new DecideRoutingDelegate(thresholds::all);
    }
}
