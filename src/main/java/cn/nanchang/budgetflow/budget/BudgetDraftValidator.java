package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks a draft as a whole and reports every problem with its field path, so the editor can
 * mark each field and the API can name it. Nothing is stored unless all of it passes.
 */
@Component
class BudgetDraftValidator {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    static final int MAX_LINES = 500;
    static final int MAX_NOTE_LENGTH = 500;

    private final ClassificationCatalogue catalogue;
    private final ProjectFundingCheck funding;
    private final Money maxLineAmount;
    private final Messages messages;

    BudgetDraftValidator(ClassificationCatalogue catalogue, ProjectFundingCheck funding,
            @Value("${budgetflow.limits.max-line-amount-yuan:1000000000.00}") BigDecimal maxLineAmount, Messages messages) {
        this.catalogue = catalogue;
        this.funding = funding;
        this.maxLineAmount = new Money(maxLineAmount);
        this.messages = messages;
    }

    /** Lines on their own, without the project library: for live totals while a draft is being typed. */
    List<ValidLine> validate(BudgetDraftInput input) {
        return validate(input, null);
    }

    /**
     * The validated lines, or a {@link ValidationException} listing every problem. With a scope, PROJECT
     * lines are also checked against the project library and what other drafts already fund.
     */
    List<ValidLine> validate(BudgetDraftInput input, FundingScope scope) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input == null) {
            throw ValidationException.of("body", messages.get("doctype.budget.bodyMissing"));
        }
        boolean yearValid = checkYear(input.fiscalYear(), problems);
        Map<Integer, ValidLine> valid = checkLines(input.lines(), problems);
        if (scope != null && yearValid) {
            funding.check(valid, input.fiscalYear(), scope, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return List.copyOf(valid.values());
    }

    private boolean checkYear(Integer year, List<FieldViolation> problems) {
        if (year == null) {
            problems.add(new FieldViolation("fiscalYear", messages.get("doctype.budget.yearMissing")));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldViolation("fiscalYear",
                messages.get("doctype.budget.yearRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))));
        } else {
            return true;
        }
        return false;
    }

    /** Valid lines by their index in the input, in input order. */
    private Map<Integer, ValidLine> checkLines(List<BudgetDraftInput.LineInput> lines, List<FieldViolation> problems) {
        if (lines == null || lines.isEmpty()) {
            problems.add(new FieldViolation("lines", messages.get("doctype.budget.noLines")));
            return Map.of();
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new FieldViolation("lines", messages.get("doctype.budget.tooManyLines", String.valueOf(MAX_LINES))));
            return Map.of();
        }
        Map<String, ClassificationCode> economic = catalogue.index(Scheme.ECONOMIC);
        Map<Integer, ValidLine> valid = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetDraftInput.LineInput line = lines.get(i);
            String path = "lines[" + i + "]";
            if (line == null) {
                problems.add(new FieldViolation(path, messages.get("doctype.budget.lineMissing")));
                continue;
            }
            int before = problems.size();
            String functionCode = catalogue.leafCode(Scheme.FUNCTION, line.functionCode(), path + ".functionCode", problems);
            String economicCode = catalogue.leafCode(Scheme.ECONOMIC, line.economicCode(), path + ".economicCode", problems);
            ExpenditureKind kind = checkKind(line.kind(), path + ".kind", problems);
            Money amount = InputChecks.amount(line.amount(), path + ".amount", maxLineAmount, problems);
            String note = InputChecks.optionalText(line.note(), path + ".note", messages.get("draft.note"), MAX_NOTE_LENGTH, problems);
            Long projectId = checkProjectReference(kind, line.projectId(), path + ".projectId", problems);
            if (kind != null && economicCode != null) {
                String economicClass = ClassificationCatalogue.classOf(economicCode, economic).getCode();
                if (!kind.allowsEconomicClass(economicClass)) {
                    problems.add(new FieldViolation(path + ".economicCode", kind == ExpenditureKind.BASIC_PERSONNEL
                        ? messages.get("doctype.budget.personnelEconomic") : messages.get("doctype.budget.publicEconomic")));
                }
            }
            if (problems.size() == before) {
                valid.put(i, new ValidLine(functionCode, economicCode, kind, amount, note, projectId));
            }
        }
        return valid;
    }

    /** A 项目支出 line funds exactly one library project; basic lines fund none. */
    private Long checkProjectReference(ExpenditureKind kind, Long projectId, String field, List<FieldViolation> problems) {
        if (kind == ExpenditureKind.PROJECT && projectId == null) {
            problems.add(new FieldViolation(field, messages.get("doctype.budget.projectRequired")));
        } else if (kind != null && kind != ExpenditureKind.PROJECT && projectId != null) {
            problems.add(new FieldViolation(field, messages.get("doctype.budget.projectNotAllowed")));
        } else {
            return projectId;
        }
        return null;
    }

    private ExpenditureKind checkKind(String kind, String field, List<FieldViolation> problems) {
        if (kind == null || kind.isBlank()) {
            problems.add(new FieldViolation(field, messages.get("doctype.budget.kindMissing")));
            return null;
        }
        try {
            return ExpenditureKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(field, messages.get("doctype.budget.kindInvalid")));
            return null;
        }
    }

}
