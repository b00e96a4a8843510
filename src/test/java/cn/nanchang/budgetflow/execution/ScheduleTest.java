package cn.nanchang.budgetflow.execution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Map<Integer, BigDecimal> RATES = Map.of(4, new BigDecimal("25"), 6, new BigDecimal("40"),
        8, new BigDecimal("60"), 10, new BigDecimal("80"));

    private static Schedule on(int year, String day) {
        return Schedule.of(year, LocalDate.parse(day), RATES);
    }

    @Test
    void schedule_counts_the_whole_months_that_are_over() {
        assertThat(on(2023, "2023-01-20").schedulePercent()).isEqualByComparingTo("0");
        assertThat(on(2023, "2023-05-01").monthsElapsed()).isEqualTo(4);
        assertThat(on(2023, "2023-05-01").schedulePercent()).isEqualByComparingTo("33.33");
        assertThat(on(2023, "2023-07-31").schedulePercent()).isEqualByComparingTo("50.00");
        assertThat(on(2023, "2023-12-31").schedulePercent()).isEqualByComparingTo("91.67");
    }

    @Test
    void a_past_year_is_all_elapsed_and_a_future_year_not_begun() {
        assertThat(on(2023, "2024-03-01").schedulePercent()).isEqualByComparingTo("100");
        assertThat(on(2023, "2024-03-01").monthsElapsed()).isEqualTo(12);
        assertThat(on(2025, "2024-03-01").schedulePercent()).isEqualByComparingTo("0");
        assertThat(on(2025, "2024-03-01").thresholdNow()).isEqualByComparingTo("0");
    }

    @Test
    void the_threshold_in_force_is_the_last_checkpoint_that_is_over() {
        assertThat(on(2023, "2023-04-30").thresholdNow()).isEqualByComparingTo("0");
        assertThat(on(2023, "2023-05-02").thresholdNow()).isEqualByComparingTo("25");
        assertThat(on(2023, "2023-06-30").thresholdNow()).isEqualByComparingTo("25");
        assertThat(on(2023, "2023-07-01").thresholdNow()).isEqualByComparingTo("40");
        assertThat(on(2023, "2023-10-15").thresholdNow()).isEqualByComparingTo("60");
        assertThat(on(2023, "2023-11-15").thresholdNow()).isEqualByComparingTo("80");
        assertThat(on(2023, "2024-02-01").thresholdNow()).isEqualByComparingTo("80");
    }

    @Test
    void rates_are_percent_of_the_quota_and_a_zero_quota_is_never_behind() {
        assertThat(Schedule.rate(Money.yuan(250), Money.yuan(1000))).isEqualByComparingTo("25.00");
        assertThat(Schedule.rate(Money.yuan(1), Money.yuan(3))).isEqualByComparingTo("33.33");
        assertThat(Schedule.rate(Money.ZERO, Money.ZERO)).isEqualByComparingTo("100");
        assertThat(Schedule.below(new BigDecimal("24.99"), new BigDecimal("25"))).isTrue();
        assertThat(Schedule.below(new BigDecimal("25.00"), new BigDecimal("25"))).isFalse();
        assertThat(Schedule.below(BigDecimal.ZERO, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void the_table_sums_by_section_kind_and_project_and_marks_what_is_behind() {
        Schedule july = on(2023, "2023-07-10");
        Spending onTime = spending(1, "S1", ExpenditureKind.BASIC_PUBLIC, null, 1000, Map.of(1, 100, 3, 200, 6, 200));
        Spending behind = spending(2, "S1", ExpenditureKind.PROJECT, 7L, 2000, Map.of(5, 300));
        Spending other = spending(3, "S2", ExpenditureKind.PROJECT, 8L, 1000, Map.of(2, 500));

        Progress p = ProgressTable.of(july, null, List.of(other, behind, onTime));

        assertThat(p.thresholdPercent()).isEqualByComparingTo("40");
        assertThat(p.rows()).extracting(ProgressRow::sectionCode, ProgressRow::projectCode, ProgressRow::below)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", null, false),
                org.assertj.core.groups.Tuple.tuple("S1", "P7", true), org.assertj.core.groups.Tuple.tuple("S2", "P8", false));
        ProgressRow first = p.rows().get(0);
        assertThat(first.cumulativeUsed()).containsExactly(Money.yuan(100), Money.yuan(100), Money.yuan(300),
            Money.yuan(300), Money.yuan(300), Money.yuan(500));
        assertThat(first.ratePercent()).isEqualByComparingTo("50");
        assertThat(p.bySection()).extracting(ProgressRow::sectionCode, ProgressRow::quota)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", Money.yuan(3000)),
                org.assertj.core.groups.Tuple.tuple("S2", Money.yuan(1000)));
        assertThat(p.byKind()).extracting(ProgressRow::kind).containsExactly(ExpenditureKind.BASIC_PUBLIC, ExpenditureKind.PROJECT);
        assertThat(p.total().used()).isEqualTo(Money.yuan(1300));
        assertThat(p.total().ratePercent()).isEqualByComparingTo("32.50");
        assertThat(p.total().below()).isTrue();
    }

    private static Spending spending(long id, String section, ExpenditureKind kind, Long project, long quota,
            Map<Integer, Integer> paid) {
        Map<Integer, Money> byMonth = new java.util.HashMap<>();
        paid.forEach((m, a) -> byMonth.put(m, Money.yuan(a)));
        Money used = byMonth.values().stream().reduce(Money.ZERO, Money::plus);
        return new Spending(id, section, section + "科", kind, "30201", "办公费", project, project == null ? null : "P" + project,
            project == null ? null : "项目" + project, Money.yuan(quota), used, byMonth);
    }
}
