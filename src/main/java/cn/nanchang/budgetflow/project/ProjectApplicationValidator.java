package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
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
    static final int MAX_PURPOSE = 200;
    static final int MAX_BODY = 100;
    static final int MAX_COST_LINES = 100;
    static final int MAX_LINE_NOTE = 200;
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final ClassificationCatalogue catalogue;
    private final IndicatorTableValidator indicators;
    private final Money maxAmount;
    private final Messages messages;

    ProjectApplicationValidator(ClassificationCatalogue catalogue, IndicatorTableValidator indicators,
            @Value("${budgetflow.limits.max-line-amount-yuan:1000000000.00}") BigDecimal maxAmount, Messages messages) {
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.maxAmount = new Money(maxAmount);
        this.messages = messages;
    }

    /** The validated application, or a {@link ValidationException} listing every problem. */
    ValidApplication validate(ProjectApplicationInput input) {
        if (input == null) {
            throw ValidationException.of("body", messages.get("doctype.bodyMissing"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        Integer year = InputChecks.fiscalYear(input.fiscalYear(), problems);
        String name = InputChecks.requiredText(input.name(), "name", messages.get("doctype.project.field.name"), MAX_NAME, problems);
        ProjectCategory category = checkCategory(input.category(), problems);
        String overview = InputChecks.requiredText(input.overview(), "overview", messages.get("doctype.project.field.overview"), MAX_TEXT, problems);
        String basis = InputChecks.requiredText(input.legalBasis(), "legalBasis", messages.get("doctype.project.field.legalBasis"), MAX_TEXT, problems);
        String body = InputChecks.requiredText(input.implementingBody(), "implementingBody", messages.get("doctype.project.field.implementingBody"), MAX_BODY, problems);
        YearMonth start = checkMonth(input.periodStart(), "periodStart", messages.get("doctype.project.field.periodStart"), problems);
        YearMonth end = checkMonth(input.periodEnd(), "periodEnd", messages.get("doctype.project.field.periodEnd"), problems);
        checkPeriod(start, end, year, problems);
        Money annual = InputChecks.amount(input.annualBudget(), "annualBudget", maxAmount, problems);
        List<ValidApplication.CostLine> lines = checkCostLines(input.costLines(), annual, problems);
        List<ValidApplication.Indicator> table = indicators.validate(input.indicators(), problems);
        String purpose = purpose(input.purpose(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ValidApplication(year, name, category, overview, basis, body, start, end, annual, lines, table, purpose);
    }

    private ProjectCategory checkCategory(String text, List<FieldViolation> problems) {
        return InputChecks.choice(ProjectCategory.class, text, "category", messages.get("doctype.project.categoryMissing"),
            messages.get("doctype.project.categoryInvalid"), problems);
    }

    private YearMonth checkMonth(String text, String field, String label, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation(field, messages.get("doctype.project.monthMissing", label)));
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
        problems.add(new FieldViolation(field, messages.get("doctype.project.monthFormat", label, MIN_YEAR, MAX_YEAR)));
        return null;
    }

    /** The period must run forwards and include the fiscal year the money is asked for. */
    private void checkPeriod(YearMonth start, YearMonth end, Integer year, List<FieldViolation> problems) {
        if (start == null || end == null) {
            return;
        }
        if (end.isBefore(start)) {
            problems.add(new FieldViolation("periodEnd", messages.get("doctype.project.periodBackwards")));
        } else if (year != null && (start.getYear() > year || end.getYear() < year)) {
            problems.add(new FieldViolation("periodStart", messages.get("doctype.project.periodOutsideYear", year)));
        }
    }

    private List<ValidApplication.CostLine> checkCostLines(List<ProjectApplicationInput.CostLineInput> lines, Money annual,
            List<FieldViolation> problems) {
        if (lines == null || lines.isEmpty()) {
            problems.add(new FieldViolation("costLines", messages.get("doctype.project.noCostLines")));
            return List.of();
        }
        if (lines.size() > MAX_COST_LINES) {
            problems.add(new FieldViolation("costLines", messages.get("doctype.project.tooManyCostLines", MAX_COST_LINES)));
            return List.of();
        }
        List<ValidApplication.CostLine> valid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            String path = "costLines[" + i + "]";
            if (line == null) {
                problems.add(new FieldViolation(path, messages.get("doctype.project.lineMissing")));
                continue;
            }
            int before = problems.size();
            String function = catalogue.leafCode(Scheme.FUNCTION, line.functionCode(), path + ".functionCode", problems);
            String economic = catalogue.leafCode(Scheme.ECONOMIC, line.economicCode(), path + ".economicCode", problems);
            Money amount = InputChecks.amount(line.amount(), path + ".amount", maxAmount, problems);
            String note = InputChecks.optionalText(line.note(), path + ".note", messages.get("doctype.project.field.lineNote"), MAX_LINE_NOTE, problems);
            if (problems.size() == before) {
                valid.add(new ValidApplication.CostLine(function, economic, amount, note));
            }
        }
        if (annual != null && valid.size() == lines.size()) {
            Money sum = valid.stream().map(ValidApplication.CostLine::amount).reduce(Money.ZERO, Money::plus);
            if (sum.compareTo(annual) != 0) {
                problems.add(new FieldViolation("costLines",
                    messages.get("doctype.project.costSum", sum.formatYuan(), annual.formatYuan())));
            }
        }
        return valid;
    }


    /** 项目目的: optional, one sentence (no line break), at most {@value #MAX_PURPOSE} characters. */
    private String purpose(String text, List<FieldViolation> problems) {
        String label = messages.get("doctype.project.field.purpose");
        String purpose = InputChecks.optionalText(text, "purpose", label, MAX_PURPOSE, problems);
        if (purpose != null && (purpose.contains("\n") || purpose.contains("\r"))) {
            problems.add(new FieldViolation("purpose", messages.get("project.error.purposeOneSentence")));
            return null;
        }
        return purpose;
    }
}
