package cn.nanchang.budgetflow.execution.internal;

import cn.nanchang.budgetflow.execution.ExecutionAlerts;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the execution alert check every morning (Beijing time), before people start work. The
 * check itself is idempotent per 指标 and month, so a restart or a second node running it too
 * tells nobody twice. Tests switch it off ({@code budgetflow.execution.alert-cron=-}) and call the
 * check with a date instead.
 */
@Configuration
@EnableScheduling
class DailyAlertCheck {

    private final ExecutionAlerts alerts;

    DailyAlertCheck(ExecutionAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(cron = "${budgetflow.execution.alert-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    void everyMorning() {
        alerts.checkToday();
    }
}
