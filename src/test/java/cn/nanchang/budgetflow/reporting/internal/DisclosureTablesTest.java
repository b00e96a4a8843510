package cn.nanchang.budgetflow.reporting.internal;

import static cn.nanchang.budgetflow.reporting.internal.DisclosureFigures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Row;
import cn.nanchang.budgetflow.testsupport.BundledMessages;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The nine tables of the budget disclosure built from five lines, without Spring: the builders
 * with the application's message bundle, each table's totals checked against sums done by hand.
 * (The tables of the demo data as a whole are DisclosureGoldenTest's, over the API.)
 */
class DisclosureTablesTest {

    private final List<DisclosureTable> tables = new DisclosureTables(BundledMessages.messages()).build(DisclosureFigures.year2025());

    @Test
    void there_are_nine_tables_numbered_一_to_九_each_with_its_title() {
        assertThat(tables).extracting(DisclosureTable::number).containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九");
        assertThat(tables).allSatisfy(t -> assertThat(t.title()).isNotBlank().doesNotStartWith("disclosure."));
    }

    @Test
    void table_三_splits_spending_by_function_into_basic_and_project() {
        DisclosureTable three = table("三");

        assertThat(amounts(three.row("合计"), 2, 3)).containsExactly(yuan("1260000.00"), yuan("510000.00"), yuan("750000.00"));
        assertThat(amounts(three.row("201"), 2, 3)).containsExactly(yuan("960000.00"), yuan("210000.00"), yuan("750000.00"));
        assertThat(amounts(three.row("2080505"), 2, 3)).containsExactly(yuan("300000.00"), yuan("300000.00"), yuan("0.00"));
    }

    @Test
    void function_rows_carry_their_level_for_indenting() {
        DisclosureTable three = table("三");

        assertThat(three.row("201").level()).isZero();
        assertThat(three.row("20103").level()).isEqualTo(1);
        assertThat(three.row("2010350").level()).isEqualTo(2);
        assertThat(three.row("合计").total()).isTrue();
    }

    @Test
    void table_六_splits_basic_spending_by_economic_class_into_personnel_and_public() {
        DisclosureTable six = table("六");

        assertThat(amounts(six.row("合计"), 2, 3)).containsExactly(yuan("510000.00"), yuan("300000.00"), yuan("210000.00"));
        assertThat(amounts(six.row("302"), 2, 3)).containsExactly(yuan("210000.00"), yuan("0.00"), yuan("210000.00"));
        assertThat(six.rows()).extracting(r -> r.cells().get(0).text()).doesNotContain("310");
    }

    @Test
    void table_七_holds_the_三公_spending_in_one_row() {
        Row row = table("七").rows().get(0);

        assertThat(amounts(row, 0, 6)).containsExactly(yuan("260000.00"), yuan("0.00"), yuan("250000.00"), yuan("250000.00"),
            yuan("0.00"), yuan("10000.00"));
    }

    @Test
    void tables_八_and_九_hold_no_money_since_every_line_is_general_budget() {
        for (String number : List.of("八", "九")) {
            assertThat(table(number).empty()).as("table " + number).isTrue();
            assertThat(table(number).rows()).as("table " + number)
                .allSatisfy(r -> assertThat(r.cells()).noneMatch(c -> c.hasAmount() && c.amount().isPositive()));
        }
    }

    @Test
    void every_code_table_adds_up_its_classes_to_its_total() {
        for (String number : List.of("二", "三", "五", "六")) {
            DisclosureTable table = table(number);
            Money classes = table.rows().stream().filter(r -> !r.total() && r.level() == 0).map(r -> r.amount(2))
                .reduce(Money.ZERO, Money::plus);
            assertThat(classes).as("table " + number).isEqualTo(table.row("合计").amount(2));
        }
    }

    @Test
    void table_四_splits_each_expenditure_into_total_general_budget_government_fund_and_state_capital() {
        DisclosureTable four = table("四");

        assertThat(four.columnCount()).isEqualTo(7);
        assertThat(four.header().get(1)).extracting(DisclosureTable.HeaderCell::text)
            .containsExactly("项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
        Row first = four.rows().get(0);
        assertThat(first.cells().get(2).text()).isEqualTo("一般公共服务支出");
        assertThat(amounts(first, 3, 4)).containsExactly(yuan("960000.00"), yuan("960000.00"), yuan("0.00"), yuan("0.00"));
        assertThat(amounts(four.row("本年收入合计"), 1, 1)).containsExactly(yuan("1260000.00"));
        assertThat(amounts(four.row("本年收入合计"), 3, 4))
            .containsExactly(yuan("1260000.00"), yuan("1260000.00"), yuan("0.00"), yuan("0.00"));
        assertThat(four.row("本年收入合计").cells()).hasSize(7);
    }

    private DisclosureTable table(String number) {
        return tables.stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    /** The amounts of the row from column {@code first}, {@code count} of them. */
    private static List<Money> amounts(Row row, int first, int count) {
        return IntStream.range(first, first + count).mapToObj(row::amount).toList();
    }
}
