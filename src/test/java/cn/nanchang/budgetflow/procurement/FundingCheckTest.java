package cn.nanchang.budgetflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import cn.nanchang.budgetflow.testsupport.BundledMessages;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whether approved budget lines may fund a plan's items, on the check alone: the approved lines
 * and what their 指标 have 可用 are given by two small stand-ins, so each rule is seen with its own
 * numbers. (That the ledger holds the right amounts is the ledger's and the API tests' part.)
 */
class FundingCheckTest {

    private static final ApprovedBudgetLine S01_2025 = line(1L, "S01", 2025, "100000.00");
    private static final ApprovedBudgetLine S01_2026 = line(2L, "S01", 2026, "100000.00");
    private static final ApprovedBudgetLine S02_2025 = line(3L, "S02", 2025, "100000.00");

    private final ApprovedBudgetLines lines = mock(ApprovedBudgetLines.class);
    private final LedgerMoves ledger = mock(LedgerMoves.class);
    private final FundingClasses classes = mock(FundingClasses.class);
    private final FundingCheck check = new FundingCheck(lines, ledger, classes, BundledMessages.messages());
    private final List<FieldViolation> problems = new ArrayList<>();

    FundingCheckTest() {
        when(lines.byId(anyCollection())).thenAnswer(call -> ((Collection<?>) call.getArgument(0)).stream()
            .map(id -> Map.of(1L, S01_2025, 2L, S01_2026, 3L, S02_2025).get(id)).filter(Objects::nonNull)
            .collect(Collectors.toMap(ApprovedBudgetLine::lineId, l -> l)));
        when(ledger.availableByLine(anyCollection())).thenReturn(Map.of());
        when(ledger.frozenBy(anyLong(), anyLong())).thenReturn(Money.ZERO);
        Map<String, String> purchases = Map.of("302", "302 商品和服务支出", "310", "310 资本性支出");
        when(classes.rules()).thenReturn(new FundingClasses.Rules(Map.of(ProcurementCategory.GOODS, purchases,
            ProcurementCategory.WORKS, purchases, ProcurementCategory.SERVICES, Map.of("302", "302 商品和服务支出"))));
    }

    @Test
    void an_item_within_a_line_of_its_section_and_year_passes() {
        check.check("S01", 2025, null, items(item(1L, "100000.00")), problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void a_line_of_another_section_is_refused_on_the_items_funding_line() {
        check.check("S01", 2025, null, items(item(1L, "1.00"), item(3L, "1.00")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("items[1].fundingLineId");
        assertThat(problems.get(0).message()).contains("本科室2025年度已批复预算", "明细编号 3");
    }

    @Test
    void a_line_whose_economic_class_may_not_pay_for_the_category_is_refused_naming_the_classes_that_may() {
        when(lines.byId(anyCollection())).thenReturn(Map.of(7L, line(7L, "S01", 2025, "100000.00", "30101", "基本工资"),
            8L, line(8L, "S01", 2025, "100000.00", "31002", "办公设备购置")));

        check.check("S01", 2025, null, items(item(7L, "1.00"), item(8L, "1.00"), item(8L, "1.00", ProcurementCategory.SERVICES)),
            problems);

        assertThat(problems).extracting(FieldViolation::field)
            .containsExactly("items[0].fundingLineId", "items[2].fundingLineId");
        assertThat(problems.get(0).message()).contains("30101 基本工资", "不能支付货物", "302 商品和服务支出、310 资本性支出");
        assertThat(problems.get(1).message()).contains("31002 办公设备购置", "服务只能由 302 商品和服务支出 的预算明细支付");
    }

    @Test
    void a_line_of_another_year_is_refused() {
        check.check("S01", 2025, null, items(item(2L, "1.00")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("items[0].fundingLineId");
    }

    @Test
    void a_line_that_is_not_approved_is_refused() {
        check.check("S01", 2025, null, items(item(99L, "1.00")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("items[0].fundingLineId");
    }

    @Test
    void without_a_valid_year_any_year_of_the_section_will_do() {
        check.check("S01", null, null, items(item(2L, "1.00")), problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void items_of_one_plan_that_together_overdraw_a_line_are_each_refused_on_their_amount() {
        check.check("S01", 2025, null, items(item(1L, "60000.00"), item(1L, "40000.01")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("items[0].amount", "items[1].amount");
        assertThat(problems.get(0).message()).contains("已批复 100,000.00 元", "本计划由其支付 100,000.01 元", "超出 0.01 元");
    }

    @Test
    void what_the_indicator_has_no_longer_available_counts_against_the_line() {
        when(ledger.availableByLine(anyCollection())).thenReturn(Map.of(1L, Money.yuan("30000.00")));

        check.check("S01", 2025, 5L, items(item(1L, "30000.00")), problems);
        assertThat(problems).isEmpty();

        check.check("S01", 2025, 5L, items(item(1L, "30000.01")), problems);
        assertThat(problems).extracting(FieldViolation::field).containsExactly("items[0].amount");
        assertThat(problems.get(0).message()).contains("指标可用 30,000.00 元", "超出 0.01 元");
    }

    @Test
    void what_the_plan_itself_holds_frozen_is_available_to_it_again() {
        when(ledger.availableByLine(anyCollection())).thenReturn(Map.of(1L, Money.yuan("30000.00")));
        when(ledger.frozenBy(5L, 1L)).thenReturn(Money.yuan("10000.00"));

        check.check("S01", 2025, 5L, items(item(1L, "40000.00")), problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void a_plan_not_yet_stored_holds_nothing() {
        when(ledger.availableByLine(anyCollection())).thenReturn(Map.of(1L, Money.yuan("30000.00")));

        check.check("S01", 2025, null, items(item(1L, "30000.01")), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("items[0].amount");
        verify(ledger, never()).frozenBy(anyLong(), anyLong());
    }

    @Test
    void items_that_failed_their_own_checks_are_skipped() {
        check.check("S01", 2025, null, items(null, item(1L, "1.00")), problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void a_plan_whose_items_all_failed_asks_for_no_lines() {
        check.check("S01", 2025, null, items((ValidItem) null), problems);

        verify(lines, never()).byId(anyCollection());
        assertThat(problems).isEmpty();
    }

    private static List<ValidItem> items(ValidItem... items) {
        return Arrays.asList(items);
    }

    private static ValidItem item(long fundingLineId, String amount) {
        return item(fundingLineId, amount, ProcurementCategory.GOODS);
    }

    private static ValidItem item(long fundingLineId, String amount, ProcurementCategory category) {
        return new ValidItem(category, "办公设备采购", BigDecimal.TEN, "台", new Money(new BigDecimal(amount)),
            ProcurementMethod.INQUIRY, OrganisationForm.DECENTRALIZED, true, fundingLineId, YearMonth.of(2025, 7), "采购", null);
    }

    private static ApprovedBudgetLine line(long id, String section, int year, String amount) {
        return line(id, section, year, amount, "30201", "办公费");
    }

    private static ApprovedBudgetLine line(long id, String section, int year, String amount, String economicCode,
            String economicName) {
        return new ApprovedBudgetLine(id, 100 + id, "YS-" + year + "-" + id, section, year, 1, "2010350", "事业运行", economicCode,
            economicName, ExpenditureKind.BASIC_PUBLIC, new Money(new BigDecimal(amount)), null, null);
    }
}
