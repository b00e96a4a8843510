package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Where a fiscal year stands on a given day, and what it should have spent. 序时进度 counts whole
 * months: the alert rates say "by the end of April", so April counts once it is over. A past year
 * is 100 %, a future one 0 %. The threshold in force in a month is the last checkpoint whose month
 * is over by then (none before the end of April).
 *
 * @param checkpoints percentage by month number (4 → 25.00 …), from the administrator's settings
 */
public record Schedule(int fiscalYear, LocalDate today, NavigableMap<Integer, BigDecimal> checkpoints) {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    public Schedule {
        checkpoints = Collections.unmodifiableNavigableMap(new TreeMap<>(checkpoints));
    }

    public static Schedule of(int fiscalYear, LocalDate today, Map<Integer, BigDecimal> checkpoints) {
        return new Schedule(fiscalYear, today, new TreeMap<>(checkpoints));
    }

    /** Whole months of the year that are over on {@code today}: 0 before and in January, 12 after December. */
    public int monthsElapsed() {
        if (today.getYear() < fiscalYear) {
            return 0;
        }
        if (today.getYear() > fiscalYear) {
            return 12;
        }
        return today.getMonthValue() - 1;
    }

    /** 序时进度 in percent, two decimals. */
    public BigDecimal schedulePercent() {
        return BigDecimal.valueOf(monthsElapsed()).multiply(HUNDRED).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** The threshold in force once {@code month} is over; zero before the first checkpoint. */
    public BigDecimal thresholdAfter(int month) {
        Map.Entry<Integer, BigDecimal> in = checkpoints.floorEntry(month);
        return in == null ? BigDecimal.ZERO.setScale(2) : in.getValue().setScale(2, RoundingMode.HALF_UP);
    }

    /** The threshold in force today: the one after the last month that is over. */
    public BigDecimal thresholdNow() {
        return thresholdAfter(monthsElapsed());
    }

    /** The spending rate in percent, two decimals; a quota of zero counts as fully on time. */
    public static BigDecimal rate(Money used, Money quota) {
        if (!quota.isPositive()) {
            return HUNDRED.setScale(2);
        }
        return used.yuan().multiply(HUNDRED).divide(quota.yuan(), 2, RoundingMode.HALF_UP);
    }

    /** Whether a rate is below a threshold; no threshold (zero) is never missed. */
    public static boolean below(BigDecimal ratePercent, BigDecimal thresholdPercent) {
        return thresholdPercent.signum() > 0 && ratePercent.compareTo(thresholdPercent) < 0;
    }

    /** The month an alert of today belongs to, "2023-05". */
    public String alertMonth() {
        return String.format("%04d-%02d", today.getYear(), today.getMonthValue());
    }
}
