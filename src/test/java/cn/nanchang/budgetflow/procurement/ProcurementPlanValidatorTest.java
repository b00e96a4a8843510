package cn.nanchang.budgetflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput.ItemInput;
import cn.nanchang.budgetflow.testsupport.BundledMessages;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field rules of a procurement plan on the validator alone, with the limits given directly
 * (公开招标 from 400万元, 分散采购 from 100万元): no Spring, no policy table, no database.
 */
class ProcurementPlanValidatorTest {

    private static final ProcurementLimits LIMITS = new ProcurementLimits(yuan("4000000.00"), yuan("1000000.00"),
        yuan("1000000.00"));

    private final ProcurementPlanValidator validator = new ProcurementPlanValidator(new BigDecimal("1000000000.00"),
        BundledMessages.messages());

    @Test
    void an_item_that_passes_every_rule_comes_back_typed() {
        List<FieldViolation> problems = new ArrayList<>();

        List<ValidItem> items = validator.check(plan(2025, desktops()), LIMITS, problems);

        assertThat(problems).isEmpty();
        assertThat(items).containsExactly(new ValidItem(ProcurementCategory.GOODS, "办公设备采购", new BigDecimal("10.00"), "台",
            yuan("100000.00"), ProcurementMethod.INQUIRY, OrganisationForm.DECENTRALIZED, true, 7L, YearMonth.of(2025, 7),
            "采购台式计算机", null));
    }

    @Test
    void a_missing_body_is_refused_at_once() {
        assertThatThrownBy(() -> validator.check(null, LIMITS, new ArrayList<>())).isInstanceOf(ValidationException.class);
    }

    static Stream<Arguments> badPlans() {
        return Stream.of(
            Arguments.of("no fiscal year", plan(null, desktops()), List.of("fiscalYear")),
            Arguments.of("a fiscal year after 2099", new ProcurementPlanInput(2100, List.of(desktops())), List.of("fiscalYear")),
            Arguments.of("no items", new ProcurementPlanInput(2025, null), List.of("items")),
            Arguments.of("201 items", new ProcurementPlanInput(2025, Collections.nCopies(201, desktops())), List.of("items")),
            Arguments.of("a null item", new ProcurementPlanInput(2025, Collections.singletonList(null)), List.of("items[0]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void a_bad_plan_is_refused_naming_the_field(String why, ProcurementPlanInput input, List<String> fields) {
        List<FieldViolation> problems = new ArrayList<>();

        validator.check(input, LIMITS, problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactlyElementsOf(fields);
    }

    static Stream<Arguments> badItems() {
        return Stream.of(
            Arguments.of("no category", with(desktops(), "category", null), "category", "请选择采购品目类别"),
            Arguments.of("an unknown category", with(desktops(), "category", "LAND"), "category", "GOODS、WORKS 或 SERVICES"),
            Arguments.of("no name", with(desktops(), "name", " "), "name", "请填写采购项目名称"),
            Arguments.of("a name of 201 characters", with(desktops(), "name", "名".repeat(201)), "name", "不能超过200个字"),
            Arguments.of("a zero quantity", with(desktops(), "quantity", "0"), "quantity", "数量必须大于0"),
            Arguments.of("a quantity with three decimals", with(desktops(), "quantity", "1.005"), "quantity", "两位小数"),
            Arguments.of("no unit", with(desktops(), "unit", null), "unit", "请填写计量单位"),
            Arguments.of("a negative amount", with(desktops(), "amount", "-1"), "amount", "金额必须大于0"),
            Arguments.of("an amount over the largest item", with(desktops(), "amount", "1000000000.01"), "amount", "单个项目金额不能超过"),
            Arguments.of("an unknown method", with(desktops(), "method", "AUCTION"), "method", "采购方式无效"),
            Arguments.of("no organisation form", with(desktops(), "organisationForm", null), "organisationForm", "请选择组织形式"),
            Arguments.of("no catalogue answer", with(desktops(), "inCatalogue", null), "inCatalogue", "集中采购目录"),
            Arguments.of("no funding line", with(desktops(), "fundingLineId", null), "fundingLineId", "资金来源"),
            Arguments.of("no start month", with(desktops(), "startMonth", null), "startMonth", "请选择预计启动时间"),
            Arguments.of("a start month in another shape", with(desktops(), "startMonth", "2025/07"), "startMonth", "格式应为"),
            Arguments.of("a start month outside the plan's year", with(desktops(), "startMonth", "2026-01"), "startMonth", "须在2025年度内"),
            Arguments.of("no demand overview where a notice is due", with(desktops(), "demandOverview", null), "demandOverview", "请填写需求概况"),
            Arguments.of("goods of 400万元 by inquiry without a justification", with(desktops(), "amount", "4000000.00"),
                "methodChangeJustification", "应采用公开招标"),
            Arguments.of("a justification where nothing was changed", with(desktops(), "methodChangeJustification", "时间紧"),
                "methodChangeJustification", "无需填写变更采购方式说明"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badItems")
    void a_bad_item_is_refused_naming_its_field_and_left_out(String why, ItemInput item, String field, String reason) {
        List<FieldViolation> problems = new ArrayList<>();

        List<ValidItem> items = validator.check(plan(2025, desktops(), item), LIMITS, problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("items[1]." + field);
        assertThat(problems.get(0).message()).contains(reason);
        assertThat(items).hasSize(2).element(1).isNull();
    }

    @Test
    void goods_of_400万元_may_leave_public_tender_with_a_written_justification() {
        ItemInput justified = with(with(desktops(), "amount", "4000000.00"), "methodChangeJustification", "仅有一家供应商");

        assertThat(problemsOf(justified)).isEmpty();
    }

    @Test
    void works_of_400万元_are_not_bound_to_public_tender_by_the_goods_and_services_threshold() {
        assertThat(problemsOf(with(with(desktops(), "category", "WORKS"), "amount", "4000000.00"))).isEmpty();
    }

    @Test
    void goods_of_400万元_tendered_publicly_need_no_justification() {
        assertThat(problemsOf(with(with(desktops(), "amount", "4000000.00"), "method", "PUBLIC_TENDER"))).isEmpty();
    }

    @Test
    void a_small_purchase_outside_the_catalogue_needs_no_demand_overview() {
        ItemInput small = with(with(desktops(), "inCatalogue", false), "demandOverview", null);

        assertThat(problemsOf(small)).isEmpty();
    }

    @Test
    void a_start_month_is_not_compared_with_a_fiscal_year_that_is_itself_wrong() {
        List<FieldViolation> problems = new ArrayList<>();

        validator.check(new ProcurementPlanInput(1999, List.of(desktops())), LIMITS, problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("fiscalYear");
    }

    private List<FieldViolation> problemsOf(ItemInput item) {
        List<FieldViolation> problems = new ArrayList<>();
        validator.check(plan(2025, item), LIMITS, problems);
        return problems;
    }

    /** Ten desktops for 10万元 by inquiry, in the catalogue, funded by line 7, starting July 2025. */
    private static ItemInput desktops() {
        return new ItemInput("GOODS", "办公设备采购", "10", "台", "100000.00", "INQUIRY", "DECENTRALIZED", true, 7L, "2025-07",
            "采购台式计算机", null);
    }

    private static ProcurementPlanInput plan(Integer year, ItemInput... items) {
        return new ProcurementPlanInput(year, List.of(items));
    }

    /** A copy of the item with one field replaced, as a test spoils it. */
    private static ItemInput with(ItemInput i, String field, Object v) {
        return new ItemInput(
            field.equals("category") ? (String) v : i.category(), field.equals("name") ? (String) v : i.name(),
            field.equals("quantity") ? (String) v : i.quantity(), field.equals("unit") ? (String) v : i.unit(),
            field.equals("amount") ? (String) v : i.amount(), field.equals("method") ? (String) v : i.method(),
            field.equals("organisationForm") ? (String) v : i.organisationForm(),
            field.equals("inCatalogue") ? (Boolean) v : i.inCatalogue(),
            field.equals("fundingLineId") ? (Long) v : i.fundingLineId(),
            field.equals("startMonth") ? (String) v : i.startMonth(),
            field.equals("demandOverview") ? (String) v : i.demandOverview(),
            field.equals("methodChangeJustification") ? (String) v : i.methodChangeJustification());
    }

    private static Money yuan(String amount) {
        return new Money(new BigDecimal(amount));
    }
}
