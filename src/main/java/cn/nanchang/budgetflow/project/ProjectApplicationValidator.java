package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.Scheme;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks an application as a whole and reports every problem with its field path (name,
 * costLines[0].amount, indicators.QUANTITY, ...), so the editor can mark each field and the
 * API can name it. Nothing is stored unless all of it passes.
 */
@Component
class ProjectApplicationValidator {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_BODY = 100;
    static final int MAX_COST_LINES = 100;
    static final int MAX_LINE_NOTE = 200;
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final ClassificationCatalogue catalogue;
    private final IndicatorTableValidator indicators;
    private final Money maxAmount;

    ProjectApplicationValidator(ClassificationCatalogue catalogue, IndicatorTableValidator indicators,
            @Value("${budgetflow.limits.max-line-amount-yuan:1000000000.00}") BigDecimal maxAmount) {
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.maxAmount = new Money(maxAmount);
    }

    /** The validated application, or a {@link ValidationException} listing every problem. */
    ValidApplication validate(ProjectApplicationInput input) {
        if (input == null) {
            throw ValidationException.of("body", "请求内容不能为空");
        }
        List<FieldViolation> problems = new ArrayList<>();
        Integer year = checkYear(input.fiscalYear(), problems);
        String name = InputChecks.requiredText(input.name(), "name", "项目名称", MAX_NAME, problems);
        ProjectCategory category = checkCategory(input.category(), problems);
        String overview = InputChecks.requiredText(input.overview(), "overview", "项目概述", MAX_TEXT, problems);
        String basis = InputChecks.requiredText(input.legalBasis(), "legalBasis", "立项依据", MAX_TEXT, problems);
        String body = InputChecks.requiredText(input.implementingBody(), "implementingBody", "实施主体", MAX_BODY, problems);
        YearMonth start = checkMonth(input.periodStart(), "periodStart", "实施周期开始年月", problems);
        YearMonth end = checkMonth(input.periodEnd(), "periodEnd", "实施周期结束年月", problems);
        checkPeriod(start, end, year, problems);
        Money annual = InputChecks.amount(input.annualBudget(), "annualBudget", maxAmount, problems);
        List<ValidApplication.CostLine> lines = checkCostLines(input.costLines(), annual, problems);
        List<ValidApplication.Indicator> table = indicators.validate(input.indicators(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ValidApplication(year, name, category, overview, basis, body, start, end, annual, lines, table);
    }

    private static Integer checkYear(Integer year, List<FieldViolation> problems) {
        if (year == null) {
            problems.add(new FieldViolation("fiscalYear", "请填写预算年度"));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldViolation("fiscalYear", "预算年度须在" + MIN_YEAR + "至" + MAX_YEAR + "之间"));
        } else {
            return year;
        }
        return null;
    }

    private static ProjectCategory checkCategory(String text, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation("category", "请选择项目类别"));
            return null;
        }
        try {
            return ProjectCategory.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation("category", "项目类别无效，应为 OPERATION_MAINTENANCE、IT_CONSTRUCTION 或 OTHER"));
            return null;
        }
    }

    private static YearMonth checkMonth(String text, String field, String label, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation(field, "请填写" + label));
            return null;
        }
        try {
            if (YEAR_MONTH.matcher(text.strip()).matches()) {
                YearMonth month = YearMonth.parse(text.strip());
                if (month.getYear() >= MIN_YEAR && month.getYear() <= MAX_YEAR) {
                    return month;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldViolation(field, label + "格式应为 YYYY-MM（" + MIN_YEAR + "至" + MAX_YEAR + "年），如 2023-01"));
        return null;
    }

    /** The period must run forwards and include the fiscal year the money is asked for. */
    private static void checkPeriod(YearMonth start, YearMonth end, Integer year, List<FieldViolation> problems) {
        if (start == null || end == null) {
            return;
        }
        if (end.isBefore(start)) {
            problems.add(new FieldViolation("periodEnd", "实施周期结束年月不能早于开始年月"));
        } else if (year != null && (start.getYear() > year || end.getYear() < year)) {
            problems.add(new FieldViolation("periodStart", "实施周期须包含预算年度" + year + "年"));
        }
    }

    private List<ValidApplication.CostLine> checkCostLines(List<ProjectApplicationInput.CostLineInput> lines, Money annual,
            List<FieldViolation> problems) {
        if (lines == null || lines.isEmpty()) {
            problems.add(new FieldViolation("costLines", "至少需要一条成本明细"));
            return List.of();
        }
        if (lines.size() > MAX_COST_LINES) {
            problems.add(new FieldViolation("costLines", "成本明细不能超过" + MAX_COST_LINES + "条"));
            return List.of();
        }
        List<ValidApplication.CostLine> valid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            String path = "costLines[" + i + "]";
            if (line == null) {
                problems.add(new FieldViolation(path, "明细不能为空"));
                continue;
            }
            int before = problems.size();
            String function = catalogue.leafCode(Scheme.FUNCTION, line.functionCode(), path + ".functionCode", problems);
            String economic = catalogue.leafCode(Scheme.ECONOMIC, line.economicCode(), path + ".economicCode", problems);
            Money amount = InputChecks.amount(line.amount(), path + ".amount", maxAmount, problems);
            String note = InputChecks.optionalText(line.note(), path + ".note", "说明", MAX_LINE_NOTE, problems);
            if (problems.size() == before) {
                valid.add(new ValidApplication.CostLine(function, economic, amount, note));
            }
        }
        if (annual != null && valid.size() == lines.size()) {
            Money sum = valid.stream().map(ValidApplication.CostLine::amount).reduce(Money.ZERO, Money::plus);
            if (sum.compareTo(annual) != 0) {
                problems.add(new FieldViolation("costLines",
                    "成本明细合计" + sum.formatYuan() + "元，须与年度预算" + annual.formatYuan() + "元相等"));
            }
        }
        return valid;
    }

}
