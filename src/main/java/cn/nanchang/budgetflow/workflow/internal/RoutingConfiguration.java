package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.workflow.PathPreview;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the routing delegate and the path preview to the administrator-maintained thresholds. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    PathPreview pathPreview(RepositoryService repository, RuntimeService runtime, TaskService tasks,
            DecisionService decisions, PolicyThresholds thresholds) {
        return new PathPreview(repository, runtime, tasks, new RouteWalker(decisions, thresholds::all));
    }

    @Bean
    DecideRoutingDelegate decideRoutingDelegate(PolicyThresholds thresholds) {
        return new DecideRoutingDelegate(thresholds::all);
    }
}
