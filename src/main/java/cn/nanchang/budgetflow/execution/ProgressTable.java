package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sums spending into the progress's rows. Pure: everything comes in as arguments, so the figures
 * can be checked without a database. Amounts are summed in yuan and the rate taken once per row.
 */
public final class ProgressTable {

    private ProgressTable() {
    }

    public static Progress of(Schedule schedule, String sectionCode, List<Spending> spending) {
        List<Spending> sorted = spending.stream().sorted(Comparator.comparing(Spending::sectionCode)
            .thenComparing(Spending::kind).thenComparing(s -> s.projectCode() == null ? "" : s.projectCode())).toList();
        List<ProgressRow> rows = groups(schedule, sorted,
            s -> s.sectionCode() + "|" + s.kind() + "|" + Objects.toString(s.projectId(), ""), true, true, true);
        List<ProgressRow> bySection = groups(schedule, sorted, Spending::sectionCode, true, false, false);
        List<ProgressRow> byKind = groups(schedule, sorted.stream().sorted(Comparator.comparing(Spending::kind)).toList(),
            s -> s.kind().name(), false, true, false);
        ProgressRow total = row(schedule, sorted, false, false, false);
        return new Progress(schedule.fiscalYear(), sectionCode, schedule.today(), schedule.monthsElapsed(),
            schedule.schedulePercent(), schedule.thresholdNow(), schedule.checkpoints(), total, bySection, byKind, rows);
    }

    private static List<ProgressRow> groups(Schedule schedule, List<Spending> spending, Function<Spending, String> key,
            boolean section, boolean kind, boolean project) {
        Map<String, List<Spending>> groups = new LinkedHashMap<>();
        spending.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return groups.values().stream().map(g -> row(schedule, g, section, kind, project)).toList();
    }

    /** One row over a group; the first member names the group. */
    static ProgressRow row(Schedule schedule, List<Spending> group, boolean section, boolean kind, boolean project) {
        Spending first = group.isEmpty() ? null : group.get(0);
        Money quota = sum(group, Spending::quota);
        Money used = sum(group, Spending::used);
        List<Money> cumulative = new ArrayList<>();
        Money running = Money.ZERO;
        for (int month = 1; month <= schedule.monthsElapsed(); month++) {
            int m = month;
            running = running.plus(sum(group, s -> s.paidIn(m)));
            cumulative.add(running);
        }
        BigDecimal rate = Schedule.rate(used, quota);
        ExpenditureKind k = kind && first != null ? first.kind() : null;
        return new ProgressRow(section && first != null ? first.sectionCode() : null,
            section && first != null ? first.sectionName() : null, k,
            project && first != null ? first.projectCode() : null, project && first != null ? first.projectName() : null,
            quota, used, rate, List.copyOf(cumulative), Schedule.below(rate, schedule.thresholdNow()));
    }

    private static Money sum(List<Spending> group, Function<Spending, Money> amount) {
        return group.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }
}
