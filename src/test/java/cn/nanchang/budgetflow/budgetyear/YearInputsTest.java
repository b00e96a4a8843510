package cn.nanchang.budgetflow.budgetyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The budget year's inputs on their own, no Spring: each bad value of issue 14 §3 (ceilings that
 * do not add up, a split over the ceilings, negative or over-precise amounts, a 文号 missing or
 * over-long, dates out of order) is refused at its field, and good values come back checked.
 */
class YearInputsTest {

    private static final Money MAX = Money.yuan("1000000000.00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final List<String> SECTIONS = List.of("S01", "S02", "S03");

    @Test
    void an_opening_comes_back_checked() {
        YearInputs.OpenYear open = YearInputs.open(OpenYearInput.of(2027, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 15),
            "  按零基预算编制  "));

        assertThat(open).isEqualTo(new YearInputs.OpenYear(2027, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 15),
            "按零基预算编制"));
    }

    @Test
    void an_opening_is_refused_at_each_bad_field() {
        assertThat(fields(() -> YearInputs.open(new OpenYearInput(null, Map.of("ONE_UP", "2026-09-30", "TWO_UP", "2026-12-15"), "说明"))))
            .containsExactly("fiscalYear");
        assertThat(fields(() -> YearInputs.open(OpenYearInput.of(1999, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 15), "说明"))))
            .containsExactly("fiscalYear");
        assertThat(fields(() -> YearInputs.open(OpenYearInput.of(2100, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 15), "说明"))))
            .containsExactly("fiscalYear");
        assertThat(fields(() -> YearInputs.open(OpenYearInput.of(2027, null, LocalDate.of(2026, 12, 15), "说明"))))
            .containsExactly("deadlines.ONE_UP");
        assertThat(fields(() -> YearInputs.open(new OpenYearInput(2027, Map.of("ONE_UP", "2026-02-30", "TWO_UP", "2026-12-15"), "说明"))))
            .containsExactly("deadlines.ONE_UP");
        assertThat(fields(() -> YearInputs.open(OpenYearInput.of(2027, LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 15), "说明"))))
            .as("dates out of order").containsExactly("deadlines.TWO_UP");
        assertThat(fields(() -> YearInputs.open(OpenYearInput.of(2027, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 15), " "))))
            .containsExactly("instructions");
        assertThat(fields(() -> YearInputs.open(OpenYearInput.of(2027, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 15),
            "长".repeat(2001))))).containsExactly("instructions");
        assertThat(fields(() -> YearInputs.open(null))).containsExactly("body");
    }

    @Test
    void ceilings_come_back_by_kind_and_project_and_may_be_zero() {
        YearInputs.CheckedCeilings ceilings = YearInputs.ceilings(new CeilingsInput("洪数字〔2026〕12号", "2026-11-10", "500000",
            "0", "300,000.00", List.of(new CeilingsInput.ProjectCeilingInput(7L, "120000.5"))), TODAY, MAX);

        assertThat(ceilings.byKind()).containsExactly(Map.entry(ExpenditureKind.BASIC_PERSONNEL, Money.yuan("500000")),
            Map.entry(ExpenditureKind.BASIC_PUBLIC, Money.ZERO), Map.entry(ExpenditureKind.PROJECT, Money.yuan("300000")));
        assertThat(ceilings.projects()).containsExactly(Map.entry(7L, Money.yuan("120000.50")));
        assertThat(ceilings.date()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "12.345", "1000000000000", "十二元", ""})
    void a_ceiling_amount_that_is_negative_over_precise_too_large_or_no_number_is_refused(String amount) {
        assertThat(fields(() -> YearInputs.ceilings(new CeilingsInput("文号", "2026-11-10", amount, "1", "1", null), TODAY, MAX)))
            .containsExactly("personnel");
        assertThat(fields(() -> YearInputs.ceilings(new CeilingsInput("文号", "2026-11-10", "1", amount, "1", null), TODAY, MAX)))
            .containsExactly("public");
        assertThat(fields(() -> YearInputs.ceilings(ceilings("文号", "2026-11-10", "1", List.of(
            new CeilingsInput.ProjectCeilingInput(1L, amount))), TODAY, MAX))).containsExactly("projects[0].amount");
    }

    @Test
    void project_ceilings_that_do_not_add_up_are_refused_with_the_excess() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> YearInputs.ceilings(ceilings("文号",
            "2026-11-10", "300000.00", List.of(new CeilingsInput.ProjectCeilingInput(1L, "200000.00"),
                new CeilingsInput.ProjectCeilingInput(2L, "100000.01"))), TODAY, MAX));

        assertThat(refused.violations()).containsExactly(new FieldViolation("projects",
            "各项目控制数合计 300,000.01 元，超出项目支出控制数 300,000.00 元（超出 0.01 元）"));
        assertThat(fields(() -> YearInputs.ceilings(ceilings("文号", "2026-11-10", "1", List.of(
            new CeilingsInput.ProjectCeilingInput(1L, "1"), new CeilingsInput.ProjectCeilingInput(1L, "0"))), TODAY, MAX)))
            .containsExactly("projects[1].projectId");
        assertThat(fields(() -> YearInputs.ceilings(ceilings("文号", "2026-11-10", "1", Arrays.asList(
            new CeilingsInput.ProjectCeilingInput(null, "1"))), TODAY, MAX))).containsExactly("projects[0].projectId");
    }

    @Test
    void a_ref_missing_or_over_long_and_a_date_unparsable_or_ahead_are_refused() {
        assertThat(fields(() -> YearInputs.ceilings(ceilings("", "2026-11-10", "1", List.of()), TODAY, MAX))).containsExactly("ref");
        assertThat(fields(() -> YearInputs.ceilings(ceilings("号".repeat(101), "2026-11-10", "1", List.of()), TODAY, MAX)))
            .containsExactly("ref");
        assertThat(fields(() -> YearInputs.ceilings(ceilings("号".repeat(100), "2026-11-10", "1", List.of()), TODAY, MAX))).isEmpty();
        assertThat(fields(() -> YearInputs.ceilings(ceilings("文号", "2026-13-01", "1", List.of()), TODAY, MAX))).containsExactly("date");
        assertThat(fields(() -> YearInputs.ceilings(ceilings("文号", "2026-11-21", "1", List.of()), TODAY, MAX)))
            .as("a document dated after today").containsExactly("date");
    }

    @Test
    void a_split_within_the_ceilings_leaves_the_rest_unallocated() {
        Map<String, Map<ExpenditureKind, Money>> split = YearInputs.split(new SplitInput(List.of(
            new SplitInput.SectionSplitInput("S01", "100", "50", "0"), new SplitInput.SectionSplitInput("S02", "100", "50", "0"))),
            SECTIONS, ceilings(300, 100, 0), MAX);

        assertThat(split).containsOnlyKeys("S01", "S02");
        assertThat(split.get("S02").get(ExpenditureKind.BASIC_PUBLIC)).isEqualTo(Money.yuan(50));
    }

    @Test
    void a_split_over_a_ceiling_names_the_kind_and_the_excess() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> YearInputs.split(new SplitInput(List.of(
            new SplitInput.SectionSplitInput("S01", "100", "60", "0"), new SplitInput.SectionSplitInput("S02", "100", "50.5", "0"))),
            SECTIONS, ceilings(300, 100, 0), MAX));

        assertThat(refused.violations()).containsExactly(new FieldViolation("sections",
            "基本支出·公用经费分解合计 110.50 元，超出控制数 100.00 元（超出 10.50 元）"));
    }

    @Test
    void a_split_with_bad_sections_or_amounts_is_refused_at_each() {
        Map<ExpenditureKind, Money> ceilings = ceilings(300, 100, 100);
        assertThat(fields(() -> YearInputs.split(new SplitInput(List.of()), SECTIONS, ceilings, MAX))).containsExactly("sections");
        assertThat(fields(() -> YearInputs.split(new SplitInput(List.of(new SplitInput.SectionSplitInput("S99", "1", "1", "1"))),
            SECTIONS, ceilings, MAX))).containsExactly("sections[0].sectionCode");
        assertThat(fields(() -> YearInputs.split(new SplitInput(List.of(new SplitInput.SectionSplitInput("S01", "1", "1", "1"),
            new SplitInput.SectionSplitInput("S01", "1", "1", "1"))), SECTIONS, ceilings, MAX))).containsExactly("sections[1].sectionCode");
        assertThat(fields(() -> YearInputs.split(new SplitInput(List.of(new SplitInput.SectionSplitInput("S01", "-5", "1.001", "1"))),
            SECTIONS, ceilings, MAX))).containsExactly("sections[0].personnel", "sections[0].public");
    }

    @Test
    void a_return_of_the_split_needs_a_comment() {
        assertThat(fields(() -> YearInputs.decision(new SplitDecisionInput(false, " ")))).containsExactly("comment");
        assertThat(fields(() -> YearInputs.decision(new SplitDecisionInput(null, "好")))).containsExactly("approved");
        assertThat(YearInputs.decision(new SplitDecisionInput(true, null))).isNull();
        assertThat(YearInputs.decision(new SplitDecisionInput(false, " 公用经费偏少 "))).isEqualTo("公用经费偏少");
    }

    @Test
    void a_cut_must_name_a_line_be_below_it_not_negative_and_say_why() {
        Map<Long, Money> lines = new LinkedHashMap<>(Map.of(11L, Money.yuan(1000), 12L, Money.yuan(500)));
        YearInputs.CheckedApproval approval = YearInputs.approval(new ApprovalInput("洪数字〔2027〕3号", "2026-11-20",
            List.of(new ApprovalInput.CutInput(11L, "0", "压减"))), lines, LocalDate.of(2026, 11, 10), TODAY, MAX);
        assertThat(approval.cuts()).containsExactly(Map.entry(11L, new YearInputs.CheckedCut(Money.ZERO, "压减")));

        assertThat(fields(() -> approve(new ApprovalInput.CutInput(99L, "1", "压减"), lines))).containsExactly("cuts[0].lineId");
        assertThat(fields(() -> approve(new ApprovalInput.CutInput(11L, "1000", "压减"), lines))).containsExactly("cuts[0].amount");
        assertThat(fields(() -> approve(new ApprovalInput.CutInput(11L, "-1", "压减"), lines))).containsExactly("cuts[0].amount");
        assertThat(fields(() -> approve(new ApprovalInput.CutInput(11L, "1.001", "压减"), lines))).containsExactly("cuts[0].amount");
        assertThat(fields(() -> approve(new ApprovalInput.CutInput(11L, "10", ""), lines))).containsExactly("cuts[0].reason");
        assertThat(fields(() -> YearInputs.approval(new ApprovalInput("文号", "2026-11-20", List.of(
            new ApprovalInput.CutInput(11L, "1", "a"), new ApprovalInput.CutInput(11L, "2", "b"))), lines, null, TODAY, MAX)))
            .containsExactly("cuts[1].lineId");
    }

    @Test
    void the_approval_is_not_dated_before_the_ceilings() {
        assertThat(fields(() -> YearInputs.approval(new ApprovalInput("文号", "2026-11-09", List.of()), Map.of(),
            LocalDate.of(2026, 11, 10), TODAY, MAX))).containsExactly("date");
        assertThat(fields(() -> YearInputs.approval(new ApprovalInput(null, "2026-11-10", List.of()), Map.of(),
            LocalDate.of(2026, 11, 10), TODAY, MAX))).containsExactly("ref");
    }

    @Test
    void an_excuse_needs_a_reason() {
        assertThat(fields(() -> YearInputs.excuse(new ExcuseInput("")))).containsExactly("reason");
        assertThat(fields(() -> YearInputs.excuse(null))).containsExactly("reason");
        assertThat(YearInputs.excuse(new ExcuseInput(" 逾期未报 "))).isEqualTo("逾期未报");
    }

    private static YearInputs.CheckedApproval approve(ApprovalInput.CutInput cut, Map<Long, Money> lines) {
        return YearInputs.approval(new ApprovalInput("文号", "2026-11-20", List.of(cut)), lines, null, TODAY, MAX);
    }

    private static CeilingsInput ceilings(String ref, String date, String project, List<CeilingsInput.ProjectCeilingInput> projects) {
        return new CeilingsInput(ref, date, "1", "1", project, projects);
    }

    private static Map<ExpenditureKind, Money> ceilings(long personnel, long publicAmount, long project) {
        return Map.of(ExpenditureKind.BASIC_PERSONNEL, Money.yuan(personnel), ExpenditureKind.BASIC_PUBLIC, Money.yuan(publicAmount),
            ExpenditureKind.PROJECT, Money.yuan(project));
    }

    /** The fields a refusal names; none when the input passes. */
    private static List<String> fields(Supplier<?> call) {
        try {
            call.get();
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
    }
}
