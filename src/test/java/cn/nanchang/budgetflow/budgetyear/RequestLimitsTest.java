package cn.nanchang.budgetflow.budgetyear;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 二上 request against its ceilings and last year's 三公, as plain arithmetic. */
class RequestLimitsTest {

    private static final Map<ExpenditureKind, Money> SPLIT = Map.of(ExpenditureKind.BASIC_PERSONNEL, Money.yuan(100_000),
        ExpenditureKind.BASIC_PUBLIC, Money.yuan(60_000), ExpenditureKind.PROJECT, Money.yuan(300_000));

    @Test
    void a_request_within_every_ceiling_passes_even_exactly_at_them() {
        List<FieldViolation> problems = RequestLimits.check(List.of(
            line(ExpenditureKind.BASIC_PUBLIC, "30201", null, "59000.00"),
            line(ExpenditureKind.BASIC_PUBLIC, "30217", null, "1000.00"),
            line(ExpenditureKind.PROJECT, "30213", 5L, "200000.00"),
            line(ExpenditureKind.PROJECT, "30227", 6L, "100000.00")),
            SPLIT, Map.of(5L, new RequestLimits.ProjectLimit("运维项目", Money.yuan(200_000))), Money.yuan(1_000));

        assertThat(problems).isEmpty();
    }

    @Test
    void each_kind_above_its_split_ceiling_is_named_with_the_excess_in_yuan() {
        List<FieldViolation> problems = RequestLimits.check(List.of(
            line(ExpenditureKind.PROJECT, "30213", 5L, "212000.00"), line(ExpenditureKind.PROJECT, "30227", 6L, "100000.00"),
            line(ExpenditureKind.BASIC_PERSONNEL, "30101", null, "0.01")),
            Map.of(ExpenditureKind.PROJECT, Money.yuan(300_000)), Map.of(), Money.ZERO);

        assertThat(problems).containsExactly(
            new FieldViolation("lines", "基本支出·人员经费超出控制数 0.01 元（控制数 0.00 元，申报 0.01 元）"),
            new FieldViolation("lines", "项目支出超出控制数 12,000.00 元（控制数 300,000.00 元，申报 312,000.00 元）"));
    }

    @Test
    void a_project_above_the_bureau_s_ceiling_on_it_is_named_even_within_the_kind() {
        List<FieldViolation> problems = RequestLimits.check(List.of(
            line(ExpenditureKind.PROJECT, "30213", 5L, "150000.00"), line(ExpenditureKind.PROJECT, "30227", 5L, "60000.00")),
            SPLIT, Map.of(5L, new RequestLimits.ProjectLimit("运维项目", Money.yuan(200_000))), Money.ZERO);

        assertThat(problems).containsExactly(
            new FieldViolation("lines", "项目“运维项目”超出控制数 10,000.00 元（控制数 200,000.00 元，申报 210,000.00 元）"));
    }

    @Test
    void the_sangong_lines_together_may_not_exceed_last_year_s() {
        List<FieldViolation> problems = RequestLimits.check(List.of(
            line(ExpenditureKind.BASIC_PUBLIC, "30212", null, "3000.00"), line(ExpenditureKind.BASIC_PUBLIC, "30217", null, "2000.00"),
            line(ExpenditureKind.BASIC_PUBLIC, "30231", null, "1000.00"), line(ExpenditureKind.BASIC_PUBLIC, "30201", null, "9000.00")),
            SPLIT, Map.of(), Money.yuan(5_500));

        assertThat(problems).containsExactly(
            new FieldViolation("lines", "“三公”经费超出上年批复 500.00 元（上年批复 5,500.00 元，申报 6,000.00 元）"));
    }

    @Test
    void without_an_approved_budget_of_last_year_in_the_system_the_sangong_lines_are_not_held_against_anything() {
        List<FieldViolation> problems = RequestLimits.check(List.of(
            line(ExpenditureKind.BASIC_PUBLIC, "30217", null, "2000.00")), SPLIT, Map.of(), null);

        assertThat(problems).isEmpty();
    }

    private static RequestLimits.Line line(ExpenditureKind kind, String economic, Long projectId, String amount) {
        return new RequestLimits.Line(kind, economic, projectId, Money.yuan(amount));
    }
}
