package cn.nanchang.budgetflow.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's execution progress as one reader may see it ({@code sectionCode} null: the whole unit).
 * {@code rows} go by section, kind and project; {@code bySection} and {@code byKind} sum them.
 *
 * @param checkpoints the alert rates by month number (4 → 25.00 …)
 * @param thresholdPercent the rate in force today (zero before the end of April)
 */
public record Progress(int fiscalYear, String sectionCode, LocalDate asOf, int monthsElapsed,
        BigDecimal schedulePercent, BigDecimal thresholdPercent, Map<Integer, BigDecimal> checkpoints,
        ProgressRow total, List<ProgressRow> bySection, List<ProgressRow> byKind, List<ProgressRow> rows) {
}
