package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.base.InputChecks.abbreviate;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks the performance-target table (绩效目标表): each level-3 row on its own, then the table
 * as a whole: every category the stored tree marks as required holds at least one row (数量, 质量,
 * 时效, 成本, 效益, 满意度 as seeded), and weights, once used, are on every row and add up to 100.
 */
@Component
class IndicatorTableValidator {

    static final int MAX_INDICATORS = 200;
    static final int MAX_NAME = 200;
    static final int MAX_TARGET = 100;
    static final int MAX_UNIT = 20;
    static final int MAX_NOTE = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorCategories categories;

    IndicatorTableValidator(IndicatorCategories categories) {
        this.categories = categories;
    }

    List<ValidApplication.Indicator> validate(List<ProjectApplicationInput.IndicatorInput> rows, List<FieldViolation> problems) {
        List<ProjectApplicationInput.IndicatorInput> given = rows == null ? List.of() : rows;
        if (given.size() > MAX_INDICATORS) {
            problems.add(new FieldViolation("indicators", "绩效指标不能超过" + MAX_INDICATORS + "项"));
            return List.of();
        }
        IndicatorTree tree = categories.tree();
        Set<String> filed = new HashSet<>();
        List<ValidApplication.Indicator> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "indicators[" + i + "]";
            var row = given.get(i);
            if (row == null) {
                problems.add(new FieldViolation(path, "指标不能为空"));
                continue;
            }
            int before = problems.size();
            String category = checkCategory(tree, row.category(), path + ".category", problems);
            if (category != null) {
                filed.add(category);
            }
            ValidApplication.Indicator indicator = checkRow(row, category, path, problems);
            if (problems.size() == before) {
                valid.add(indicator);
            }
        }
        checkRequiredCategories(tree, filed, problems);
        checkWeights(given, problems);
        return valid;
    }

    private static String checkCategory(IndicatorTree tree, String code, String field, List<FieldViolation> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldViolation(field, "请选择指标类别"));
            return null;
        }
        Optional<IndicatorTree.Node> node = tree.find(code.strip());
        if (node.isEmpty()) {
            problems.add(new FieldViolation(field, "指标类别不存在：" + abbreviate(code)));
            return null;
        }
        if (!node.get().isLeaf()) {
            problems.add(new FieldViolation(field, "指标须归入下级类别，不能直接归入" + node.get().name()));
            return null;
        }
        return node.get().code();
    }

    private static ValidApplication.Indicator checkRow(ProjectApplicationInput.IndicatorInput row, String category,
            String path, List<FieldViolation> problems) {
        String name = InputChecks.requiredText(row.name(), path + ".name", "指标名称", MAX_NAME, problems);
        IndicatorDirection direction = null;
        if (row.direction() == null || row.direction().isBlank()) {
            problems.add(new FieldViolation(path + ".direction", "请选择指标方向"));
        } else {
            direction = IndicatorDirection.parse(row.direction()).orElse(null);
            if (direction == null) {
                problems.add(new FieldViolation(path + ".direction", "指标方向无效，应为 >、≥、=、<、≤ 或 定性"));
            }
        }
        String target = InputChecks.requiredText(row.targetValue(), path + ".targetValue", "指标值", MAX_TARGET, problems);
        boolean quantitative = direction != null && direction.isQuantitative();
        if (target != null && quantitative && InputChecks.number(target) == null) {
            problems.add(new FieldViolation(path + ".targetValue", "定量指标的指标值须为数字，如 95；文字目标请选择“定性”"));
        }
        String unit = quantitative
            ? InputChecks.requiredText(row.unit(), path + ".unit", "计量单位", MAX_UNIT, problems)
            : InputChecks.optionalText(row.unit(), path + ".unit", "计量单位", MAX_UNIT, problems);
        BigDecimal weight = checkWeight(row.weight(), path + ".weight", problems);
        String note = InputChecks.optionalText(row.note(), path + ".note", "备注", MAX_NOTE, problems);
        return new ValidApplication.Indicator(category, name, direction, target, unit, weight, note);
    }

    private static BigDecimal checkWeight(String text, String field, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal weight = InputChecks.number(text);
        if (weight == null) {
            problems.add(new FieldViolation(field, "权重须为数字，如 10"));
        } else if (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
            problems.add(new FieldViolation(field, "权重须大于0且不超过100"));
        } else if (weight.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldViolation(field, "权重最多保留两位小数"));
        } else {
            return weight.setScale(2);
        }
        return null;
    }

    private static void checkRequiredCategories(IndicatorTree tree, Set<String> filed, List<FieldViolation> problems) {
        for (IndicatorTree.Node node : tree.all()) {
            if (node.requiresIndicator() && filed.stream().noneMatch(leaf -> contains(node, leaf))) {
                problems.add(new FieldViolation("indicators." + node.code(), "绩效目标表至少需要一项" + node.name()));
            }
        }
    }

    private static boolean contains(IndicatorTree.Node node, String leaf) {
        return node.code().equals(leaf) || node.children().stream().anyMatch(c -> contains(c, leaf));
    }

    /** Weights are optional for the table, but all-or-nothing, and then they add up to 100. */
    private static void checkWeights(List<ProjectApplicationInput.IndicatorInput> rows, List<FieldViolation> problems) {
        boolean used = rows.stream().anyMatch(r -> r != null && r.weight() != null && !r.weight().isBlank());
        if (!used) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null) {
                continue;
            }
            BigDecimal weight = row.weight() == null || row.weight().isBlank() ? null : InputChecks.number(row.weight());
            if (row.weight() == null || row.weight().isBlank()) {
                problems.add(new FieldViolation("indicators[" + i + "].weight", "已使用权重时，每项指标都须填写权重"));
                complete = false;
            } else if (weight == null) {
                complete = false;
            } else {
                sum = sum.add(weight);
            }
        }
        if (complete && sum.compareTo(HUNDRED) != 0) {
            problems.add(new FieldViolation("indicators.weight", "各项指标权重合计须为100，当前合计为" + sum.stripTrailingZeros().toPlainString()));
        }
    }
}
