package cn.nanchang.budgetflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.project.ProjectApplicationInput.IndicatorInput;
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

/** The performance-target table (绩效目标表) row by row and as a whole, on the validator and the seeded tree alone. */
class IndicatorTableValidatorTest {

    private final IndicatorTableValidator validator = new IndicatorTableValidator(new SeededIndicatorCategories(),
        BundledMessages.messages());
    private final List<FieldViolation> problems = new ArrayList<>();

    /** One row under each required category, without weights: a table that passes. */
    static List<IndicatorInput> complete() {
        return new ArrayList<>(List.of(
            row("QUANTITY", "运维站点个数", "GE", "10", "个", null),
            row("QUALITY", "平台正常运行率", "≥", "99", "%", null),
            row("TIMELINESS", "故障恢复时限", "<=", "4", "小时", null),
            row("COST", "运维成本", "LE", "10", "万元", null),
            row("SOCIAL_BENEFIT", "政务公开水平", "定性", "稳步提升", null, null),
            row("BENEFICIARY_SATISFACTION", "服务对象满意度", "GE", "90", "%", null)));
    }

    @Test
    void a_complete_table_comes_back_typed_with_directions_read_by_name_or_sign() {
        List<ValidApplication.Indicator> rows = validator.validate(complete(), problems);

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(ValidApplication.Indicator::direction).containsExactly(IndicatorDirection.GE,
            IndicatorDirection.GE, IndicatorDirection.LE, IndicatorDirection.LE, IndicatorDirection.QUALITATIVE,
            IndicatorDirection.GE);
    }

    @Test
    void an_empty_table_misses_every_required_category_at_once() {
        validator.validate(null, problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("indicators.QUANTITY", "indicators.QUALITY",
            "indicators.TIMELINESS", "indicators.COST", "indicators.BENEFIT", "indicators.SATISFACTION");
    }

    @Test
    void any_benefit_subcategory_fills_the_benefit_requirement() {
        List<IndicatorInput> table = complete();
        table.set(4, row("ECONOMIC_BENEFIT", "带动产值", "GE", "5", "万元", null));

        validator.validate(table, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void a_table_without_a_cost_row_names_the_missing_category() {
        List<IndicatorInput> table = complete();
        table.remove(3);

        validator.validate(table, problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("indicators.COST");
        assertThat(problems.get(0).message()).contains("成本指标");
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
            Arguments.of("no category", row(null, "指标", "GE", "1", "个", null), "category", "请选择指标类别"),
            Arguments.of("an unknown category", row("FUN", "指标", "GE", "1", "个", null), "category", "指标类别不存在"),
            Arguments.of("a level-1 category", row("OUTPUT", "指标", "GE", "1", "个", null), "category", "不能直接归入产出指标"),
            Arguments.of("no name", row("QUANTITY", " ", "GE", "1", "个", null), "name", "请填写指标名称"),
            Arguments.of("a name of 201 characters", row("QUANTITY", "名".repeat(201), "GE", "1", "个", null), "name", "200"),
            Arguments.of("no direction", row("QUANTITY", "指标", null, "1", "个", null), "direction", "请选择指标方向"),
            Arguments.of("an unknown direction", row("QUANTITY", "指标", "≈", "1", "个", null), "direction", "指标方向无效"),
            Arguments.of("no target", row("QUANTITY", "指标", "GE", null, "个", null), "targetValue", "请填写指标值"),
            Arguments.of("a word as a quantitative target", row("QUANTITY", "指标", "GE", "较多", "个", null), "targetValue", "定性"),
            Arguments.of("no unit for a quantitative target", row("QUANTITY", "指标", "GE", "1", null, null), "unit", "请填写计量单位"),
            Arguments.of("a unit of 21 characters", row("QUANTITY", "指标", "GE", "1", "单".repeat(21), null), "unit", "20"),
            Arguments.of("a weight that is no number", row("QUANTITY", "指标", "GE", "1", "个", "十"), "weight", "权重须为数字"),
            Arguments.of("a weight of zero", row("QUANTITY", "指标", "GE", "1", "个", "0"), "weight", "大于0且不超过100"),
            Arguments.of("a weight over 100", row("QUANTITY", "指标", "GE", "1", "个", "100.01"), "weight", "大于0且不超过100"),
            Arguments.of("a weight with three decimals", row("QUANTITY", "指标", "GE", "1", "个", "1.005"), "weight", "两位小数"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void a_bad_row_is_refused_naming_its_field_and_left_out(String why, IndicatorInput row, String field, String reason) {
        List<IndicatorInput> table = complete();
        table.add(row);

        List<ValidApplication.Indicator> valid = validator.validate(table, problems);

        assertThat(problems).extracting(FieldViolation::field).contains("indicators[6]." + field);
        assertThat(problems).filteredOn(p -> p.field().equals("indicators[6]." + field)).first()
            .extracting(FieldViolation::message).asString().contains(reason);
        assertThat(valid).hasSize(6);
    }

    @Test
    void a_qualitative_row_needs_no_unit_and_takes_words_as_its_target() {
        List<IndicatorInput> table = complete();
        table.add(row("SOCIAL_BENEFIT", "群众获得感", "QUALITATIVE", "明显增强", null, null));

        assertThat(validator.validate(table, problems)).hasSize(7);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_null_row_is_refused_on_its_own_path() {
        List<IndicatorInput> table = complete();
        table.add(null);

        validator.validate(table, problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("indicators[6]");
    }

    @Test
    void more_than_200_rows_are_refused_as_a_whole() {
        validator.validate(Collections.nCopies(201, complete().get(0)), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("indicators");
    }

    @Test
    void weights_that_add_up_to_100_are_kept_with_two_decimals() {
        List<IndicatorInput> table = weighted("20", "20", "20", "20", "10", "10");

        List<ValidApplication.Indicator> rows = validator.validate(table, problems);

        assertThat(problems).isEmpty();
        assertThat(rows.get(0).weight()).isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused_with_their_sum() {
        validator.validate(weighted("20", "20", "20", "20", "10", "9.5"), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("indicators.weight");
        assertThat(problems.get(0).message()).endsWith("当前合计为99.5");
    }

    @Test
    void once_one_row_has_a_weight_every_row_needs_one() {
        validator.validate(weighted("50", "50", null, null, null, null), problems);

        assertThat(problems).extracting(FieldViolation::field).containsExactly("indicators[2].weight", "indicators[3].weight",
            "indicators[4].weight", "indicators[5].weight");
    }

    private static List<IndicatorInput> weighted(String... weights) {
        List<IndicatorInput> table = complete();
        for (int i = 0; i < weights.length; i++) {
            IndicatorInput r = table.get(i);
            table.set(i, row(r.category(), r.name(), r.direction(), r.targetValue(), r.unit(), weights[i]));
        }
        return table;
    }

    static IndicatorInput row(String category, String name, String direction, String target, String unit, String weight) {
        return new IndicatorInput(category, name, direction, target, unit, weight, null);
    }
}
