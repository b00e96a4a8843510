package cn.nanchang.budgetflow.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.BudgetDraftInput.LineInput;
import cn.nanchang.budgetflow.classification.SeededCatalogue;
import cn.nanchang.budgetflow.testsupport.BundledMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of a budget draft, one by one, on the validator alone: the seeded classification
 * codes, no Spring, no database. Without a funding scope the project library is never asked, so
 * the project-funding check is absent here (the API tests cover it with real projects).
 */
class BudgetDraftValidatorTest {

    private static final LineInput OFFICE_SUPPLIES = new LineInput("2010350", "30201", "BASIC_PUBLIC", "12345.67", "办公用品");

    private final BudgetDraftValidator validator =
        new BudgetDraftValidator(SeededCatalogue.catalogue(), null, new BigDecimal("1000000000.00"), BundledMessages.messages());

    @Test
    void a_line_that_passes_every_rule_comes_back_with_its_codes_kind_amount_and_note() {
        List<ValidLine> lines = validator.validate(new BudgetDraftInput(2025, List.of(OFFICE_SUPPLIES)));

        assertThat(lines).containsExactly(new ValidLine("2010350", "30201", ExpenditureKind.BASIC_PUBLIC,
            new Money(new BigDecimal("12345.67")), "办公用品", null));
    }

    @Test
    void codes_and_kind_are_taken_without_surrounding_blanks() {
        List<ValidLine> lines = validator.validate(new BudgetDraftInput(2025,
            List.of(new LineInput(" 2010350 ", " 30101", " BASIC_PERSONNEL ", "100", null))));

        assertThat(lines.get(0).functionCode()).isEqualTo("2010350");
        assertThat(lines.get(0).economicCode()).isEqualTo("30101");
        assertThat(lines.get(0).kind()).isEqualTo(ExpenditureKind.BASIC_PERSONNEL);
    }

    @Test
    void a_missing_body_is_refused_as_a_whole() {
        assertThat(problems(null)).extracting(FieldViolation::field).containsExactly("body");
    }

    static Stream<Arguments> badDrafts() {
        return Stream.of(
            Arguments.of("no fiscal year", new BudgetDraftInput(null, List.of(OFFICE_SUPPLIES)), "fiscalYear"),
            Arguments.of("a fiscal year before 2000", new BudgetDraftInput(1999, List.of(OFFICE_SUPPLIES)), "fiscalYear"),
            Arguments.of("a fiscal year after 2099", new BudgetDraftInput(2100, List.of(OFFICE_SUPPLIES)), "fiscalYear"),
            Arguments.of("no lines", new BudgetDraftInput(2025, null), "lines"),
            Arguments.of("an empty list of lines", new BudgetDraftInput(2025, List.of()), "lines"),
            Arguments.of("501 lines", new BudgetDraftInput(2025, Collections.nCopies(501, OFFICE_SUPPLIES)), "lines"),
            Arguments.of("a null line", new BudgetDraftInput(2025, Collections.singletonList(null)), "lines[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void a_bad_draft_is_refused_naming_the_field(String why, BudgetDraftInput input, String field) {
        assertThat(problems(input)).extracting(FieldViolation::field).containsExactly(field);
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
            Arguments.of("no function code", line(null, "30201", "BASIC_PUBLIC", "1.00", null), "functionCode", "请选择功能分类科目"),
            Arguments.of("an unknown function code", line("2019999", "30201", "BASIC_PUBLIC", "1.00", null), "functionCode", "不存在"),
            Arguments.of("a function code above 项 level", line("20103", "30201", "BASIC_PUBLIC", "1.00", null), "functionCode", "项级"),
            Arguments.of("an economic code above 款 level", line("2010350", "302", "BASIC_PUBLIC", "1.00", null), "economicCode", "款级"),
            Arguments.of("an unknown economic code", line("2010350", "39999", "BASIC_PUBLIC", "1.00", null), "economicCode", "不存在"),
            Arguments.of("no kind", line("2010350", "30201", " ", "1.00", null), "kind", "请选择支出类型"),
            Arguments.of("an unknown kind", line("2010350", "30201", "CAPITAL", "1.00", null), "kind", "支出类型无效"),
            Arguments.of("personnel money on a 302 code", line("2010350", "30201", "BASIC_PERSONNEL", "1.00", null), "economicCode", "人员经费只能使用301、303类"),
            Arguments.of("public money on a 301 code", line("2010350", "30101", "BASIC_PUBLIC", "1.00", null), "economicCode", "公用经费只能使用302、310类"),
            Arguments.of("no amount", line("2010350", "30201", "BASIC_PUBLIC", null, null), "amount", "请填写金额"),
            Arguments.of("an amount that is no number", line("2010350", "30201", "BASIC_PUBLIC", "十二元", null), "amount", "格式不正确"),
            Arguments.of("a zero amount", line("2010350", "30201", "BASIC_PUBLIC", "0", null), "amount", "必须大于0"),
            Arguments.of("a negative amount", line("2010350", "30201", "BASIC_PUBLIC", "-5", null), "amount", "必须大于0"),
            Arguments.of("three decimals", line("2010350", "30201", "BASIC_PUBLIC", "1.001", null), "amount", "两位小数"),
            Arguments.of("more than the largest line", line("2010350", "30201", "BASIC_PUBLIC", "1000000000.01", null), "amount", "不能超过"),
            Arguments.of("a note of 501 characters", line("2010350", "30201", "BASIC_PUBLIC", "1.00", "注".repeat(501)), "note", "不能超过500个字"),
            Arguments.of("a note with a control character", line("2010350", "30201", "BASIC_PUBLIC", "1.00", "办公\u0007用品"), "note", ""),
            Arguments.of("a project line without its project", new LineInput("2010350", "30201", "PROJECT", "1.00", null, null), "projectId", "项目库"),
            Arguments.of("a basic line naming a project", new LineInput("2010350", "30201", "BASIC_PUBLIC", "1.00", null, 7L), "projectId", "只有项目支出"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void a_bad_line_is_refused_naming_its_field_with_the_reason(String why, LineInput line, String field, String reason) {
        List<FieldViolation> problems = problems(new BudgetDraftInput(2025, List.of(OFFICE_SUPPLIES, line)));

        assertThat(problems).extracting(FieldViolation::field).containsExactly("lines[1]." + field);
        assertThat(problems.get(0).message()).contains(reason);
    }

    @Test
    void the_largest_amount_and_a_note_of_500_characters_are_accepted() {
        List<ValidLine> lines = validator.validate(new BudgetDraftInput(2099,
            List.of(line("2010350", "30201", "BASIC_PUBLIC", "1000000000.00", "注".repeat(500)))));

        assertThat(lines.get(0).amount()).isEqualTo(new Money(new BigDecimal("1000000000.00")));
    }

    @Test
    void an_amount_may_be_typed_with_thousands_separators() {
        List<ValidLine> lines = validator.validate(new BudgetDraftInput(2025,
            List.of(line("2010350", "30201", "BASIC_PUBLIC", "12,345.6", null))));

        assertThat(lines.get(0).amount()).isEqualTo(new Money(new BigDecimal("12345.60")));
    }

    @Test
    void project_money_may_use_any_economic_class_once_it_names_its_project() {
        List<ValidLine> lines = validator.validate(new BudgetDraftInput(2025,
            List.of(new LineInput("2010350", "30101", "PROJECT", "1.00", null, 7L),
                new LineInput("2010350", "31002", "PROJECT", "1.00", null, 7L))));

        assertThat(lines).extracting(ValidLine::projectId).containsExactly(7L, 7L);
    }

    @Test
    void every_problem_of_a_draft_is_reported_at_once_with_its_own_path() {
        List<LineInput> lines = new ArrayList<>(List.of(OFFICE_SUPPLIES,
            line("", "30201", "BASIC_PUBLIC", "abc", null), line("2010350", "30101", "BASIC_PUBLIC", "1.00", null)));

        assertThat(problems(new BudgetDraftInput(1999, lines))).extracting(FieldViolation::field)
            .containsExactly("fiscalYear", "lines[1].functionCode", "lines[1].amount", "lines[2].economicCode");
    }

    @Test
    void nothing_is_returned_when_any_line_fails() {
        assertThatThrownBy(() -> validator.validate(new BudgetDraftInput(2025,
            List.of(OFFICE_SUPPLIES, line("2010350", "30201", "BASIC_PUBLIC", "0", null)))))
            .isInstanceOf(ValidationException.class);
    }

    private static LineInput line(String function, String economic, String kind, String amount, String note) {
        return new LineInput(function, economic, kind, amount, note);
    }

    private List<FieldViolation> problems(BudgetDraftInput input) {
        Throwable refused = catchThrowable(() -> validator.validate(input));
        assertThat(refused).isInstanceOf(ValidationException.class);
        return ((ValidationException) refused).violations();
    }
}
