package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.base.InputChecks.abbreviate;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
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
    static final BigDecimal MAX_TARGET_VALUE = new BigDecimal("1000000000000");
    static final int MAX_TARGET_SCALE = 4;

    private final IndicatorCategories categories;
    private final Messages messages;

    IndicatorTableValidator(IndicatorCategories categories, Messages messages) {
        this.categories = categories;
        this.messages = messages;
    }

    List<ValidApplication.Indicator> validate(List<ProjectApplicationInput.IndicatorInput> rows, List<FieldViolation> problems) {
        List<ProjectApplicationInput.IndicatorInput> given = rows == null ? List.of() : rows;
        if (given.size() > MAX_INDICATORS) {
            problems.add(new FieldViolation("indicators", messages.get("doctype.indicator.tooMany", MAX_INDICATORS)));
            return List.of();
        }
        IndicatorTree tree = categories.tree();
        Set<String> filed = new HashSet<>();
        List<ValidApplication.Indicator> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "indicators[" + i + "]";
            var row = given.get(i);
            if (row == null) {
                problems.add(new FieldViolation(path, messages.get("doctype.indicator.rowMissing")));
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

    private String checkCategory(IndicatorTree tree, String code, String field, List<FieldViolation> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.categoryMissing")));
            return null;
        }
        Optional<IndicatorTree.Node> node = tree.find(code.strip());
        if (node.isEmpty()) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.categoryUnknown", abbreviate(code))));
            return null;
        }
        if (!node.get().isLeaf()) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.categoryNotLeaf", node.get().name())));
            return null;
        }
        return node.get().code();
    }

    private ValidApplication.Indicator checkRow(ProjectApplicationInput.IndicatorInput row, String category,
            String path, List<FieldViolation> problems) {
        String name = InputChecks.requiredText(row.name(), path + ".name", messages.get("doctype.indicator.field.name"), MAX_NAME, problems);
        IndicatorDirection direction = null;
        if (row.direction() == null || row.direction().isBlank()) {
            problems.add(new FieldViolation(path + ".direction", messages.get("doctype.indicator.directionMissing")));
        } else {
            direction = IndicatorDirection.parse(row.direction()).orElse(null);
            if (direction == null) {
                problems.add(new FieldViolation(path + ".direction", messages.get("doctype.indicator.directionInvalid")));
            }
        }
        String target = InputChecks.requiredText(row.targetValue(), path + ".targetValue", messages.get("doctype.indicator.field.target"), MAX_TARGET, problems);
        boolean quantitative = direction != null && direction.isQuantitative();
        if (target != null && quantitative) {
            checkTarget(target, path + ".targetValue", problems);
        }
        String unitLabel = messages.get("doctype.indicator.field.unit");
        String unit = quantitative
            ? InputChecks.requiredText(row.unit(), path + ".unit", unitLabel, MAX_UNIT, problems)
            : InputChecks.optionalText(row.unit(), path + ".unit", unitLabel, MAX_UNIT, problems);
        BigDecimal weight = checkWeight(row.weight(), path + ".weight", problems);
        String note = InputChecks.optionalText(row.note(), path + ".note", messages.get("doctype.indicator.field.note"), MAX_NOTE, problems);
        return new ValidApplication.Indicator(category, name, direction, target, unit, weight, note);
    }

    /**
     * A quantitative target is a count, a rate, a sum or a number of days: not negative, at most
     * {@link #MAX_TARGET_VALUE} (万亿, above any budget), at most four decimals (a rate like 99.95%).
     * Without bounds "1e99999" was a number, and a sheet that printed it in full would print 100,000 digits.
     */
    private void checkTarget(String target, String field, List<FieldViolation> problems) {
        BigDecimal value = InputChecks.number(target);
        if (value == null) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.targetNotNumber")));
        } else if (value.signum() < 0 || value.compareTo(MAX_TARGET_VALUE) > 0) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.targetRange", MAX_TARGET_VALUE.toPlainString())));
        } else if (value.stripTrailingZeros().scale() > MAX_TARGET_SCALE) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.targetScale", MAX_TARGET_SCALE)));
        }
    }

    private BigDecimal checkWeight(String text, String field, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal weight = InputChecks.number(text);
        if (weight == null) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.weightNotNumber")));
        } else if (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.weightRange")));
        } else if (weight.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldViolation(field, messages.get("doctype.indicator.weightScale")));
        } else {
            return weight.setScale(2);
        }
        return null;
    }

    private void checkRequiredCategories(IndicatorTree tree, Set<String> filed, List<FieldViolation> problems) {
        for (IndicatorTree.Node node : tree.all()) {
            if (node.requiresIndicator() && filed.stream().noneMatch(leaf -> contains(node, leaf))) {
                problems.add(new FieldViolation("indicators." + node.code(), messages.get("doctype.indicator.categoryRequired", node.name())));
            }
        }
    }

    private static boolean contains(IndicatorTree.Node node, String leaf) {
        return node.code().equals(leaf) || node.children().stream().anyMatch(c -> contains(c, leaf));
    }

    /** Weights are optional for the table, but all-or-nothing, and then they add up to 100. */
    private void checkWeights(List<ProjectApplicationInput.IndicatorInput> rows, List<FieldViolation> problems) {
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
                problems.add(new FieldViolation("indicators[" + i + "].weight", messages.get("doctype.indicator.weightMissing")));
                complete = false;
            } else if (weight == null) {
                complete = false;
            } else {
                sum = sum.add(weight);
            }
        }
        if (complete && sum.compareTo(HUNDRED) != 0) {
            problems.add(new FieldViolation("indicators.weight",
                messages.get("doctype.indicator.weightSum", sum.stripTrailingZeros().toPlainString())));
        }
    }
}
