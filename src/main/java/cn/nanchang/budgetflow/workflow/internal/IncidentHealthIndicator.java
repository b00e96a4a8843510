package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.workflow.FailedJobs;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code incidents} component (issue 20 §5): DEGRADED while a job has
 * failed with no retries left. The application still serves every request, so a load balancer must
 * keep it (DEGRADED answers 200, see application.properties), but monitoring sees that a timer, a
 * reminder or an e-mail waits for an administrator (the 异常任务 page). A job executor that has
 * stopped is Camunda's {@code jobExecutor} component, and DOWN.
 */
@Component("incidents")
class IncidentHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "jobs failed with no retries left");

    private final FailedJobs failedJobs;

    IncidentHealthIndicator(FailedJobs failedJobs) {
        this.failedJobs = failedJobs;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long open = failedJobs.count();
        (open == 0 ? builder.up() : builder.status(DEGRADED)).withDetail("open", open);
    }
}
