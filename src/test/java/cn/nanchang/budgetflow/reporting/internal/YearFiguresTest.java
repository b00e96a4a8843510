package cn.nanchang.budgetflow.reporting.internal;

import static cn.nanchang.budgetflow.reporting.internal.DisclosureFigures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sums every disclosure figure is made of, on five lines whose totals are checked by hand. */
class YearFiguresTest {

    private final YearFigures figures = DisclosureFigures.year2025();

    @Test
    void the_total_sums_every_approved_line() {
        assertThat(figures.total()).isEqualTo(yuan("1260000.00"));
    }

    @Test
    void basic_and_project_spending_split_the_total() {
        assertThat(figures.sum(YearFigures.basic())).isEqualTo(yuan("510000.00"));
        assertThat(figures.sum(YearFigures.project())).isEqualTo(yuan("750000.00"));
        assertThat(figures.sum(YearFigures.kind(ExpenditureKind.BASIC_PERSONNEL))).isEqualTo(yuan("300000.00"));
    }

    @Test
    void a_function_code_gathers_every_line_under_it_at_any_level() {
        assertThat(figures.sum(figures.underFunction("201"))).isEqualTo(yuan("960000.00"));
        assertThat(figures.sum(figures.underFunction("20103"))).isEqualTo(yuan("960000.00"));
        assertThat(figures.sum(figures.underFunction("2010350"))).isEqualTo(yuan("960000.00"));
        assertThat(figures.sum(figures.underFunction("20805"))).isEqualTo(yuan("300000.00"));
        assertThat(figures.sum(figures.underFunction("221"))).isEqualTo(yuan("0.00"));
    }

    @Test
    void an_economic_class_gathers_its_款() {
        assertThat(figures.sum(figures.underEconomic("302"))).isEqualTo(yuan("710000.00"));
        assertThat(figures.sum(figures.underEconomic("310"))).isEqualTo(yuan("250000.00"));
    }

    @Test
    void the_三公_codes_pick_out_receptions_and_vehicle_purchases() {
        assertThat(figures.sum(l -> YearFigures.SAN_GONG.contains(l.economicCode()))).isEqualTo(yuan("260000.00"));
        assertThat(figures.sum(YearFigures.economic(YearFigures.RECEPTION))).isEqualTo(yuan("10000.00"));
        assertThat(figures.sum(YearFigures.economic(YearFigures.ABROAD))).isEqualTo(yuan("0.00"));
    }

    @Test
    void a_line_is_placed_in_the_class_of_its_codes_and_an_unknown_code_in_none() {
        assertThat(figures.functionClass(DisclosureFigures.PENSIONS)).isEqualTo("208");
        assertThat(figures.economicClass(DisclosureFigures.VEHICLE)).isEqualTo("310");
        ApprovedBudgetLine unknown = new ApprovedBudgetLine(9, 1L, "", "S01", 2025, 9, "2999999", "", "39999", "",
            ExpenditureKind.BASIC_PUBLIC, yuan("1.00"), null, null);
        assertThat(figures.functionClass(unknown)).isNull();
        assertThat(figures.economicClass(unknown)).isNull();
    }

    @Test
    void the_codes_used_come_with_their_ancestors_in_code_order() {
        assertThat(figures.codesUsed(YearFigures.project(), true).keySet()).containsExactly("201", "20103", "2010350");
        assertThat(figures.codesUsed(YearFigures.basic(), false).keySet())
            .containsExactly("301", "30108", "302", "30201", "30217");
    }

    @Test
    void a_year_without_lines_sums_to_zero() {
        YearFigures empty = new YearFigures(2025, List.of(), figures.functions(), figures.economics());

        assertThat(empty.total()).isEqualTo(yuan("0.00"));
        assertThat(empty.codesUsed(l -> true, true)).isEmpty();
    }
}
