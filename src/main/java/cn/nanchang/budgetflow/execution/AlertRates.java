package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The schedule of a year on a day with the administrator's alert rates, read when asked (a change applies at once). */
@Component
class AlertRates {

    /** The checkpoint month of each alert rate. */
    static final Map<Integer, ThresholdKey> CHECKPOINTS = Map.of(4, ThresholdKey.executionAlertAprilPercent,
        6, ThresholdKey.executionAlertJunePercent, 8, ThresholdKey.executionAlertAugustPercent,
        10, ThresholdKey.executionAlertOctoberPercent);

    private final PolicyThresholds thresholds;

    AlertRates(PolicyThresholds thresholds) {
        this.thresholds = thresholds;
    }

    Schedule schedule(int year, LocalDate today) {
        Map<Integer, BigDecimal> rates = new TreeMap<>();
        CHECKPOINTS.forEach((month, key) -> rates.put(month, thresholds.percent(key)));
        return Schedule.of(year, today, rates);
    }
}
