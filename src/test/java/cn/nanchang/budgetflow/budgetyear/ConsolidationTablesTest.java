package cn.nanchang.budgetflow.budgetyear;

import static cn.nanchang.budgetflow.budget.ExpenditureKind.BASIC_PERSONNEL;
import static cn.nanchang.budgetflow.budget.ExpenditureKind.BASIC_PUBLIC;
import static cn.nanchang.budgetflow.budget.ExpenditureKind.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.Consolidation.Amounts;
import cn.nanchang.budgetflow.budgetyear.Consolidation.ThreePublicRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The consolidation's arithmetic on plain lines, without Spring: two sections' requests, one line
 * cut, sums by section and kind, by class, by project, and the 三公 lines against last year.
 */
class ConsolidationTablesTest {

    private static final ConsolidationTables.Labels LABELS = new ConsolidationTables.Labels() {
        @Override
        public String functionClass(String code) {
            return code.substring(0, 3) + " 类";
        }

        @Override
        public String economicClass(String code) {
            return code.substring(0, 3) + " 类";
        }

        @Override
        public String economicName(String code) {
            return Map.of("30212", "因公出国(境)费用", "30217", "公务接待费", "30231", "公务用车运行维护费",
                "31013", "公务用车购置").getOrDefault(code, "其他");
        }

        @Override
        public String sectionName(String code) {
            return Map.of("S01", "综合科", "S02", "基础设施与安全科", "S03", "数据治理科").get(code);
        }
    };

    private static final List<ConsolidationLine> LINES = List.of(
        line("S01", 11, 1, BASIC_PERSONNEL, "2010350", "30101", null, "300000.00", "300000.00", null),
        line("S01", 11, 2, BASIC_PUBLIC, "2010350", "30217", null, "20000.00", "15000.00", "接待压减25%"),
        line("S01", 11, 3, PROJECT, "2010350", "30227", 7L, "100000.00", "100000.00", null),
        line("S02", 12, 1, BASIC_PUBLIC, "2010301", "30201", null, "8000.50", "8000.50", null),
        line("S02", 12, 2, PROJECT, "2060101", "31002", 7L, "50000.00", "40000.00", "设备分年购置"),
        line("S02", 12, 3, PROJECT, "2060101", "30227", 9L, "60000.00", "60000.00", null));

    private final Consolidation c = ConsolidationTables.build(2027, BudgetRound.ONE_UP, LINES, List.of(
        new ConsolidationTables.LastYear("S01", "30217", yuan("18000.00")),
        new ConsolidationTables.LastYear("S03", "30217", yuan("2000.00")),
        new ConsolidationTables.LastYear("S01", "30201", yuan("9999.00"))), LABELS);

    @Test
    void the_unit_total_is_every_line_requested_and_proposed_and_the_cut_between() {
        assertThat(c.total()).isEqualTo(amounts("538000.50", "523000.50"));
        assertThat(c.total().cut()).isEqualTo(yuan("15000.00"));
        assertThat(c.cutLines()).extracting(ConsolidationLine::cutReason).containsExactly("接待压减25%", "设备分年购置");
    }

    @Test
    void sections_come_in_the_order_of_the_lines_with_every_kind_and_their_total() {
        assertThat(c.sections()).extracting(Consolidation.SectionRow::sectionCode).containsExactly("S01", "S02");
        Consolidation.SectionRow s01 = c.sections().get(0);
        assertThat(s01.sectionName()).isEqualTo("综合科");
        assertThat(s01.kind(BASIC_PERSONNEL)).isEqualTo(amounts("300000.00", "300000.00"));
        assertThat(s01.kind(BASIC_PUBLIC)).isEqualTo(amounts("20000.00", "15000.00"));
        assertThat(s01.kind(PROJECT)).isEqualTo(amounts("100000.00", "100000.00"));
        assertThat(s01.total()).isEqualTo(amounts("420000.00", "415000.00"));
        Consolidation.SectionRow s02 = c.sections().get(1);
        assertThat(s02.kind(BASIC_PERSONNEL)).isEqualTo(Amounts.ZERO);
        assertThat(s02.total()).isEqualTo(amounts("118000.50", "108000.50"));
    }

    @Test
    void the_unit_by_kind_adds_up_to_the_total() {
        assertThat(c.byKind()).containsEntry(BASIC_PERSONNEL, amounts("300000.00", "300000.00"))
            .containsEntry(BASIC_PUBLIC, amounts("28000.50", "23000.50"))
            .containsEntry(PROJECT, amounts("210000.00", "200000.00"));
        assertThat(c.byKind().values().stream().reduce(Amounts.ZERO, Amounts::plus)).isEqualTo(c.total());
    }

    @Test
    void function_and_economic_classes_are_summed_in_class_order() {
        assertThat(c.byFunctionClass()).containsExactly(
            new Consolidation.ClassRow("201 类", amounts("428000.50", "423000.50")),
            new Consolidation.ClassRow("206 类", amounts("110000.00", "100000.00")));
        assertThat(c.byEconomicClass()).containsExactly(
            new Consolidation.ClassRow("301 类", amounts("300000.00", "300000.00")),
            new Consolidation.ClassRow("302 类", amounts("188000.50", "183000.50")),
            new Consolidation.ClassRow("310 类", amounts("50000.00", "40000.00")));
    }

    @Test
    void each_project_sums_its_lines_across_sections_with_its_library_code() {
        assertThat(c.projects()).containsExactly(
            new Consolidation.ProjectRow(7L, "XM-7", "项目7", "S01", "综合科", amounts("150000.00", "140000.00")),
            new Consolidation.ProjectRow(9L, "XM-9", "项目9", "S02", "基础设施与安全科", amounts("60000.00", "60000.00")));
    }

    @Test
    void three_public_lines_stand_against_last_years_approved_for_the_unit_and_each_section() {
        List<ThreePublicRow> reception = c.threePublic().stream().filter(t -> t.economicCode().equals("30217")).toList();
        assertThat(reception).extracting(ThreePublicRow::sectionCode).containsExactly(null, "S01", "S03");
        assertThat(reception.get(0).lastYear()).isEqualTo(yuan("20000.00"));
        assertThat(reception.get(0).amounts()).isEqualTo(amounts("20000.00", "15000.00"));
        assertThat(reception.get(0).above()).isFalse();
        assertThat(reception.get(1).lastYear()).isEqualTo(yuan("18000.00"));
        assertThat(reception.get(1).above()).as("S01 asked 20000 but proposes 15000 against 18000").isFalse();
        assertThat(reception.get(2).amounts()).isEqualTo(Amounts.ZERO);
        assertThat(reception.get(2).sectionName()).isEqualTo("数据治理科");
    }

    @Test
    void a_three_public_line_proposed_above_last_year_is_marked() {
        Consolidation above = ConsolidationTables.build(2027, BudgetRound.TWO_UP, LINES.subList(1, 2),
            List.of(new ConsolidationTables.LastYear("S01", "30217", yuan("14999.99"))), LABELS);

        assertThat(above.threePublic().stream().filter(t -> t.economicCode().equals("30217")))
            .allSatisfy(t -> assertThat(t.above()).isTrue());
    }

    @Test
    void every_three_public_code_has_a_unit_row_even_when_nobody_asks_for_it() {
        assertThat(c.threePublic().stream().filter(t -> t.sectionCode() == null))
            .extracting(ThreePublicRow::economicCode, ThreePublicRow::economicName)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("30212", "因公出国(境)费用"),
                org.assertj.core.groups.Tuple.tuple("30217", "公务接待费"),
                org.assertj.core.groups.Tuple.tuple("30231", "公务用车运行维护费"),
                org.assertj.core.groups.Tuple.tuple("31013", "公务用车购置"));
        assertThat(c.threePublic().stream().filter(t -> t.economicCode().equals("30212")))
            .singleElement().satisfies(t -> assertThat(t.lastYear()).isEqualTo(Money.ZERO));
    }

    @Test
    void without_an_approved_budget_last_year_three_public_lines_have_nothing_to_stand_against() {
        Consolidation unknown = ConsolidationTables.build(2027, BudgetRound.ONE_UP, LINES, null, LABELS);

        assertThat(unknown.threePublic()).allSatisfy(t -> {
            assertThat(t.lastYear()).isNull();
            assertThat(t.above()).isFalse();
        });
        assertThat(unknown.threePublic().stream().filter(t -> t.economicCode().equals("30217")))
            .extracting(ThreePublicRow::sectionCode).containsExactly(null, "S01");
    }

    @Test
    void nothing_to_consolidate_gives_zero_tables() {
        Consolidation empty = ConsolidationTables.build(2027, BudgetRound.ONE_UP, List.of(), List.of(), LABELS);

        assertThat(empty.total()).isEqualTo(Amounts.ZERO);
        assertThat(empty.sections()).isEmpty();
        assertThat(empty.byKind().values()).containsOnly(Amounts.ZERO);
        assertThat(empty.threePublic()).hasSize(4);
    }

    static ConsolidationLine line(String section, long draftId, int lineNo, ExpenditureKind kind, String function,
            String economic, Long projectId, String requested, String proposed, String reason) {
        return new ConsolidationLine(section, LABELS.sectionName(section), draftId, "YS-2027-00" + draftId, lineNo, kind,
            function, "功能" + function, economic, LABELS.economicName(economic), projectId,
            projectId == null ? null : "XM-" + projectId, projectId == null ? null : "项目" + projectId, yuan(requested),
            yuan(proposed), reason);
    }

    private static Amounts amounts(String requested, String proposed) {
        return new Amounts(yuan(requested), yuan(proposed));
    }

    private static Money yuan(String amount) {
        return Money.yuan(amount);
    }
}
