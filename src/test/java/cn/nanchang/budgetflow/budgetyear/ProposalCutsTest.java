package cn.nanchang.budgetflow.budgetyear;

import static cn.nanchang.budgetflow.budget.ExpenditureKind.BASIC_PUBLIC;
import static cn.nanchang.budgetflow.budget.ExpenditureKind.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budgetyear.UnitProposalInput.CutInput;
import cn.nanchang.budgetflow.testsupport.BundledMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 财务's cuts on the request lines, without Spring: a valid cut changes exactly its line and keeps
 * its reason; each bad cut is refused on its field, in Chinese, and changes nothing.
 */
class ProposalCutsTest {

    private static final List<ConsolidationLine> REQUESTED = List.of(
        ConsolidationTablesTest.line("S01", 11, 1, BASIC_PUBLIC, "2010350", "30217", null, "20000.00", "20000.00", null),
        ConsolidationTablesTest.line("S01", 11, 2, PROJECT, "2010350", "30227", 7L, "100000.00", "100000.00", null),
        ConsolidationTablesTest.line("S02", 12, 1, BASIC_PUBLIC, "2010301", "30201", null, "8000.50", "8000.50", null));

    private final ProposalCuts cuts = new ProposalCuts(BundledMessages.messages());
    private final List<FieldViolation> problems = new ArrayList<>();

    @Test
    void without_cuts_every_line_goes_up_as_requested() {
        List<ConsolidationLine> lines = cuts.apply(REQUESTED, null, problems);

        assertThat(problems).isEmpty();
        assertThat(lines).isEqualTo(REQUESTED);
        assertThat(lines).noneMatch(ConsolidationLine::isCut);
    }

    @Test
    void a_cut_changes_its_line_only_and_carries_its_reason() {
        List<ConsolidationLine> lines = cuts.apply(REQUESTED, List.of(new CutInput(11L, 2, "80,000.5", "  分两年实施  ")), problems);

        assertThat(problems).isEmpty();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).proposed()).isEqualTo(Money.yuan("80000.50"));
        assertThat(lines.get(1).requested()).isEqualTo(Money.yuan("100000.00"));
        assertThat(lines.get(1).cutReason()).isEqualTo("分两年实施");
        assertThat(lines.get(1).cut()).isEqualTo(Money.yuan("19999.50"));
        assertThat(List.of(lines.get(0), lines.get(2))).isEqualTo(List.of(REQUESTED.get(0), REQUESTED.get(2)));
    }

    @Test
    void a_line_may_be_cut_to_nothing() {
        List<ConsolidationLine> lines = cuts.apply(REQUESTED, List.of(new CutInput(12L, 1, "0", "并入综合科统一安排")), problems);

        assertThat(problems).isEmpty();
        assertThat(lines.get(2).proposed()).isEqualTo(Money.ZERO);
    }

    static Stream<Arguments> badCuts() {
        return Stream.of(
            Arguments.of("a request not accepted this round", new CutInput(99L, 1, "1.00", "理由"), "cuts[0].draftId", "不是本轮财务已审核"),
            Arguments.of("no request", new CutInput(null, 1, "1.00", "理由"), "cuts[0].draftId", "请指明"),
            Arguments.of("no line number", new CutInput(11L, null, "1.00", "理由"), "cuts[0].lineNo", "行号"),
            Arguments.of("a line the request does not have", new CutInput(11L, 3, "1.00", "理由"), "cuts[0].lineNo", "没有第3行"),
            Arguments.of("no amount", new CutInput(11L, 1, " ", "理由"), "cuts[0].amount", "请填写金额"),
            Arguments.of("not a number", new CutInput(11L, 1, "一万", "理由"), "cuts[0].amount", "格式不正确"),
            Arguments.of("negative", new CutInput(11L, 1, "-1", "理由"), "cuts[0].amount", "不能为负数"),
            Arguments.of("three decimals", new CutInput(11L, 1, "100.005", "理由"), "cuts[0].amount", "两位小数"),
            Arguments.of("equal to the request", new CutInput(11L, 1, "20000", "理由"), "cuts[0].amount", "须低于申报数 20,000.00 元"),
            Arguments.of("above the request", new CutInput(11L, 1, "30000", "理由"), "cuts[0].amount", "须低于申报数"),
            Arguments.of("no reason", new CutInput(11L, 1, "100", null), "cuts[0].reason", "调减理由"),
            Arguments.of("a blank reason", new CutInput(11L, 1, "100", "   "), "cuts[0].reason", "调减理由"),
            Arguments.of("a reason over 500", new CutInput(11L, 1, "100", "长".repeat(501)), "cuts[0].reason", "500"),
            Arguments.of("a control character in the reason", new CutInput(11L, 1, "100", "理由\u0000"), "cuts[0].reason", "调减理由"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCuts")
    void a_bad_cut_is_refused_on_its_field_and_changes_nothing(String name, CutInput cut, String field, String words) {
        List<ConsolidationLine> lines = cuts.apply(REQUESTED, List.of(cut), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly(field);
        assertThat(problems.get(0).message()).contains(words);
        assertThat(lines).isEqualTo(REQUESTED);
    }

    @Test
    void a_line_cut_twice_is_refused_on_the_second_cut() {
        List<ConsolidationLine> lines = cuts.apply(REQUESTED, List.of(new CutInput(11L, 1, "100", "一"),
            new CutInput(11L, 1, "200", "二")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("cuts[1].lineNo");
        assertThat(problems.get(0).message()).contains("第1条调减");
        assertThat(lines.get(0).proposed()).isEqualTo(Money.yuan("100.00"));
    }

    @Test
    void every_bad_cut_is_named_while_the_good_ones_apply() {
        List<ConsolidationLine> lines = cuts.apply(REQUESTED, Arrays.asList(new CutInput(11L, 1, "abc", ""), null,
            new CutInput(12L, 1, "8000.49", "按定额")), problems);

        assertThat(problems).extracting(FieldViolation::field)
            .containsExactly("cuts[0].amount", "cuts[0].reason", "cuts[1]");
        assertThat(lines.get(2).proposed()).isEqualTo(Money.yuan("8000.49"));
    }

    @Test
    void without_the_round_known_only_the_form_of_each_cut_is_checked() {
        List<ConsolidationLine> lines = cuts.apply(null, List.of(new CutInput(99L, 9, "99999.99", "理由"),
            new CutInput(99L, 9, "1.001", ""), new CutInput(98L, 1, "1e13", "理由")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("cuts[1].amount", "cuts[1].reason",
            "cuts[2].amount");
        assertThat(lines).isEmpty();
    }

    @Test
    void too_many_cuts_are_refused_as_a_whole() {
        cuts.apply(REQUESTED, Collections.nCopies(ProposalCuts.MAX_CUTS + 1, new CutInput(11L, 1, "1", "理由")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("cuts");
    }
}
