package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line of the progress: a section, a kind or a (section, kind, project) group; the fields a
 * level does not have are null. {@code cumulativeUsed} holds what was paid by the end of each month
 * that is over (January first); {@code below} is red: the rate misses today's threshold.
 */
public record ProgressRow(String sectionCode, String sectionName, ExpenditureKind kind, String projectCode,
        String projectName, Money quota, Money used, BigDecimal ratePercent, List<Money> cumulativeUsed,
        boolean below) {
}
