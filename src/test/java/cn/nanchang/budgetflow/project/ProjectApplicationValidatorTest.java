package cn.nanchang.budgetflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.classification.SeededCatalogue;
import cn.nanchang.budgetflow.project.ProjectApplicationInput.CostLineInput;
import cn.nanchang.budgetflow.testsupport.BundledMessages;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of a project application on the validator alone, with the seeded classification codes
 * and indicator tree: particulars, period, cost lines against the annual budget. The indicator
 * table's own rules are {@link IndicatorTableValidatorTest}'s.
 */
class ProjectApplicationValidatorTest {

    private final ProjectApplicationValidator validator = new ProjectApplicationValidator(SeededCatalogue.catalogue(),
        new IndicatorTableValidator(new SeededIndicatorCategories(), BundledMessages.messages()), new BigDecimal("1000000000.00"),
        BundledMessages.messages());

    @Test
    void a_complete_application_comes_back_typed() {
        ValidApplication valid = validator.validate(application(a -> a));

        assertThat(valid.fiscalYear()).isEqualTo(2025);
        assertThat(valid.category()).isEqualTo(ProjectCategory.OPERATION_MAINTENANCE);
        assertThat(valid.periodStart()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(valid.annualBudget()).isEqualTo(new Money(new BigDecimal("100000.00")));
        assertThat(valid.costLines()).hasSize(2);
        assertThat(valid.indicators()).hasSize(6);
    }

    @Test
    void a_missing_body_is_refused_as_a_whole() {
        assertThat(problems(null)).extracting(FieldViolation::field).containsExactly("body");
    }

    static Stream<Arguments> badApplications() {
        return Stream.of(
            Arguments.of("no fiscal year", edit(a -> with(a, null, a.name(), a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines())), "fiscalYear"),
            Arguments.of("a fiscal year before 2000", edit(a -> with(a, 1999, a.name(), a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines())), "fiscalYear"),
            Arguments.of("no name", edit(a -> with(a, 2025, " ", a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines())), "name"),
            Arguments.of("a name of 101 characters", edit(a -> with(a, 2025, "名".repeat(101), a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines())), "name"),
            Arguments.of("no category", edit(a -> with(a, 2025, a.name(), null, a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines())), "category"),
            Arguments.of("an unknown category", edit(a -> with(a, 2025, a.name(), "ROADS", a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines())), "category"),
            Arguments.of("no start month", edit(a -> with(a, 2025, a.name(), a.category(), null, a.periodEnd(), a.annualBudget(), a.costLines())), "periodStart"),
            Arguments.of("a start month in another shape", edit(a -> with(a, 2025, a.name(), a.category(), "2025/01", a.periodEnd(), a.annualBudget(), a.costLines())), "periodStart"),
            Arguments.of("a thirteenth month", edit(a -> with(a, 2025, a.name(), a.category(), a.periodStart(), "2025-13", a.annualBudget(), a.costLines())), "periodEnd"),
            Arguments.of("an end before the start", edit(a -> with(a, 2025, a.name(), a.category(), "2025-06", "2025-05", a.annualBudget(), a.costLines())), "periodEnd"),
            Arguments.of("a period that leaves out the fiscal year", edit(a -> with(a, 2025, a.name(), a.category(), "2026-01", "2026-12", a.annualBudget(), a.costLines())), "periodStart"),
            Arguments.of("no annual budget", edit(a -> with(a, 2025, a.name(), a.category(), a.periodStart(), a.periodEnd(), null, a.costLines())), "annualBudget"),
            Arguments.of("no cost lines", edit(a -> with(a, 2025, a.name(), a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(), List.of())), "costLines"),
            Arguments.of("101 cost lines", edit(a -> with(a, 2025, a.name(), a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(),
                Collections.nCopies(101, cost("2010350", "30213", "1.00", null)))), "costLines"),
            Arguments.of("cost lines that do not add up to the annual budget", edit(a -> with(a, 2025, a.name(), a.category(), a.periodStart(),
                a.periodEnd(), "100000.01", a.costLines())), "costLines"),
            Arguments.of("a null cost line", edit(a -> with(a, 2025, a.name(), a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(),
                Collections.singletonList(null))), "costLines[0]"),
            Arguments.of("a cost line's function code above 项 level", lines(cost("201", "30213", "100000.00", null)), "costLines[0].functionCode"),
            Arguments.of("a cost line's unknown economic code", lines(cost("2010350", "39999", "100000.00", null)), "costLines[0].economicCode"),
            Arguments.of("a cost line's amount with three decimals", lines(cost("2010350", "30213", "100000.001", null)), "costLines[0].amount"),
            Arguments.of("a cost line's note of 201 characters", lines(cost("2010350", "30213", "100000.00", "注".repeat(201))), "costLines[0].note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badApplications")
    void a_bad_application_is_refused_naming_the_field(String why, ProjectApplicationInput input, String field) {
        assertThat(problems(input)).extracting(FieldViolation::field).containsExactly(field);
    }

    @Test
    void the_sum_of_the_cost_lines_is_compared_only_when_every_line_is_valid() {
        ProjectApplicationInput input = lines(cost("2010350", "30213", "1.00", null), cost("2010350", "30213", "abc", null));

        assertThat(problems(input)).extracting(FieldViolation::field).containsExactly("costLines[1].amount");
    }

    @Test
    void the_sum_refused_names_both_figures_in_yuan() {
        ProjectApplicationInput input = lines(cost("2010350", "30213", "60000.00", null));

        assertThat(problems(input).get(0).message()).isEqualTo("成本明细合计60,000.00元，须与年度预算100,000.00元相等");
    }

    @Test
    void a_period_over_several_years_that_includes_the_fiscal_year_is_accepted() {
        ValidApplication valid = validator.validate(edit(a -> with(a, 2025, a.name(), a.category(), "2024-07", "2026-06",
            a.annualBudget(), a.costLines())));

        assertThat(valid.periodEnd()).isEqualTo(YearMonth.of(2026, 6));
    }

    @Test
    void the_purpose_is_one_bounded_sentence() {
        assertThat(validator.validate(edit(a -> purpose(a, "  保障平台正常运行。 "))).purpose()).isEqualTo("保障平台正常运行。");
        assertThat(validator.validate(edit(a -> purpose(a, null))).purpose()).isNull();
        assertThat(problems(edit(a -> purpose(a, "第一句。\n第二句。")))).singleElement()
            .isEqualTo(new FieldViolation("purpose", "项目目的须为一句话，不能换行"));
        assertThat(problems(edit(a -> purpose(a, "长".repeat(201))))).singleElement()
            .isEqualTo(new FieldViolation("purpose", "项目目的不能超过200个字"));
    }

    private static ProjectApplicationInput purpose(ProjectApplicationInput a, String purpose) {
        return new ProjectApplicationInput(a.fiscalYear(), a.name(), a.category(), a.overview(), a.legalBasis(), a.implementingBody(),
            a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines(), a.indicators(), purpose);
    }

    @Test
    void problems_of_the_particulars_and_of_the_indicator_table_are_reported_together() {
        ProjectApplicationInput input = edit(a -> new ProjectApplicationInput(2025, "", a.category(), a.overview(), a.legalBasis(),
            a.implementingBody(), a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines(), List.of(), a.purpose()));

        assertThat(problems(input)).extracting(FieldViolation::field).startsWith("name").contains("indicators.QUANTITY");
    }

    private static ProjectApplicationInput application(UnaryOperator<ProjectApplicationInput> change) {
        return change.apply(new ProjectApplicationInput(2025, "测试运维项目", "OPERATION_MAINTENANCE", "保障平台正常、稳定、安全运行。",
            "洪编发[2021]118号", "南昌市数字科学研究中心", "2025-01", "2025-12", "100000.00",
            List.of(cost("2010350", "30213", "60000.00", null), cost("2010350", "30227", "40000.00", "委托运维")),
            IndicatorTableValidatorTest.complete(), "保障平台正常运行。"));
    }

    private static ProjectApplicationInput edit(UnaryOperator<ProjectApplicationInput> change) {
        return application(change);
    }

    private static ProjectApplicationInput lines(CostLineInput... lines) {
        return edit(a -> with(a, 2025, a.name(), a.category(), a.periodStart(), a.periodEnd(), a.annualBudget(), List.of(lines)));
    }

    private static ProjectApplicationInput with(ProjectApplicationInput a, Integer year, String name, String category, String start,
            String end, String annual, List<CostLineInput> costLines) {
        return new ProjectApplicationInput(year, name, category, a.overview(), a.legalBasis(), a.implementingBody(), start, end,
            annual, costLines, a.indicators(), a.purpose());
    }

    private static CostLineInput cost(String function, String economic, String amount, String note) {
        return new CostLineInput(function, economic, amount, note);
    }

    private List<FieldViolation> problems(ProjectApplicationInput input) {
        Throwable refused = catchThrowable(() -> validator.validate(input));
        assertThat(refused).isInstanceOf(ValidationException.class);
        return ((ValidationException) refused).violations();
    }
}
