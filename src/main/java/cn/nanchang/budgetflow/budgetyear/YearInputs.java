package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the budget year's inputs as typed and turns them into checked values, reporting every
 * problem with its field as the API names it ({@code deadlines.ONE_UP}, {@code projects[0].amount},
 * {@code public}…). Plain code without the database: what it needs to know (the sections, the
 * ceilings, the lines to cut, today) is passed in, so that the arithmetic is tested on its own.
 */
final class YearInputs {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    static final int MAX_INSTRUCTIONS = 2000;
    static final int MAX_REF = 100;
    static final int MAX_COMMENT = 2000;
    static final int MAX_ITEMS = 500;
    /** The JSON names of the three kinds' amounts, in the order of {@link ExpenditureKind}. */
    static final Map<ExpenditureKind, String> KIND_FIELDS = Map.of(ExpenditureKind.BASIC_PERSONNEL, "personnel",
        ExpenditureKind.BASIC_PUBLIC, "public", ExpenditureKind.PROJECT, "project");

    private YearInputs() {
    }

    record OpenYear(int fiscalYear, LocalDate oneUpDeadline, LocalDate twoUpDeadline, String instructions) {
    }

    record CheckedCeilings(String ref, LocalDate date, Map<ExpenditureKind, Money> byKind, Map<Long, Money> projects) {
    }

    record CheckedCut(Money amount, String reason) {
    }

    record CheckedApproval(String ref, LocalDate date, Map<Long, CheckedCut> cuts) {
    }

    static OpenYear open(OpenYearInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input == null) {
            throw ValidationException.of("body", text("bodyMissing"));
        }
        Integer year = input.fiscalYear();
        if (year == null) {
            problems.add(new FieldViolation("fiscalYear", text("yearMissing")));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldViolation("fiscalYear", text("yearRange", MIN_YEAR, MAX_YEAR)));
        }
        Map<String, String> deadlines = input.deadlines() == null ? Map.of() : input.deadlines();
        LocalDate oneUp = date(deadlines.get(BudgetRound.ONE_UP.name()), "deadlines.ONE_UP", problems);
        LocalDate twoUp = date(deadlines.get(BudgetRound.TWO_UP.name()), "deadlines.TWO_UP", problems);
        if (oneUp != null && twoUp != null && !twoUp.isAfter(oneUp)) {
            problems.add(new FieldViolation("deadlines.TWO_UP", text("deadlineOrder")));
        }
        deadlines.keySet().stream().filter(k -> !BudgetRound.ONE_UP.name().equals(k) && !BudgetRound.TWO_UP.name().equals(k))
            .forEach(k -> problems.add(new FieldViolation("deadlines", text("deadlineUnknown", k))));
        String instructions = InputChecks.requiredText(input.instructions(), "instructions", text("label.instructions"),
            MAX_INSTRUCTIONS, problems);
        throwIfAny(problems);
        return new OpenYear(year, oneUp, twoUp, instructions);
    }

    /**
     * The ceilings: 文号, a date not after today, each kind's amount, and the project ceilings,
     * which together may not exceed the project ceiling. Whether each project exists is the caller's check.
     */
    static CheckedCeilings ceilings(CeilingsInput input, LocalDate today, Money max) {
        if (input == null) {
            throw ValidationException.of("body", text("bodyMissing"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        String ref = InputChecks.requiredText(input.ref(), "ref", text("label.ref"), MAX_REF, problems);
        LocalDate date = notAfter(date(input.date(), "date", problems), today, "date", problems);
        Map<ExpenditureKind, Money> byKind = kinds(input.personnel(), input.publicAmount(), input.project(), "", max, problems);
        Map<Long, Money> projects = new LinkedHashMap<>();
        List<CeilingsInput.ProjectCeilingInput> items = limited(input.projects(), "projects", MAX_ITEMS, problems);
        for (int i = 0; i < items.size(); i++) {
            CeilingsInput.ProjectCeilingInput item = items.get(i);
            String path = "projects[" + i + "]";
            if (item == null || item.projectId() == null) {
                problems.add(new FieldViolation(path + ".projectId", text("projectMissing")));
                continue;
            }
            Money amount = InputChecks.amountOrZero(item.amount(), path + ".amount", max, problems);
            if (projects.containsKey(item.projectId())) {
                problems.add(new FieldViolation(path + ".projectId", text("projectTwice")));
            } else if (amount != null) {
                projects.put(item.projectId(), amount);
            }
        }
        Money projectCeiling = byKind.get(ExpenditureKind.PROJECT);
        Money perProject = projects.values().stream().reduce(Money.ZERO, Money::plus);
        if (projectCeiling != null && perProject.compareTo(projectCeiling) > 0) {
            problems.add(new FieldViolation("projects", text("projectsOver", perProject.formatYuan(),
                projectCeiling.formatYuan(), perProject.minus(projectCeiling).formatYuan())));
        }
        throwIfAny(problems);
        return new CheckedCeilings(ref, date, byKind, projects);
    }

    /**
     * The split: each listed section once, a known section, each kind's amount; each kind's sum at
     * most the unit's ceiling of that kind (the rest stays 未分配). Sections left out get nothing.
     */
    static Map<String, Map<ExpenditureKind, Money>> split(SplitInput input, Collection<String> sectionCodes,
            Map<ExpenditureKind, Money> ceilings, Money max) {
        if (input == null) {
            throw ValidationException.of("body", text("bodyMissing"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        if (input.sections() == null || input.sections().isEmpty()) {
            problems.add(new FieldViolation("sections", text("splitEmpty")));
        }
        List<SplitInput.SectionSplitInput> items = limited(input.sections(), "sections", sectionCodes.size(), problems);
        Map<String, Map<ExpenditureKind, Money>> split = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SplitInput.SectionSplitInput item = items.get(i);
            String path = "sections[" + i + "]";
            String code = item == null || item.sectionCode() == null ? "" : item.sectionCode().strip();
            if (code.isEmpty()) {
                problems.add(new FieldViolation(path + ".sectionCode", text("sectionMissing")));
                continue;
            }
            if (!sectionCodes.contains(code)) {
                problems.add(new FieldViolation(path + ".sectionCode", text("sectionUnknown", InputChecks.abbreviate(code))));
                continue;
            }
            Map<ExpenditureKind, Money> amounts = kinds(item.personnel(), item.publicAmount(), item.project(), path + ".", max,
                problems);
            if (split.containsKey(code)) {
                problems.add(new FieldViolation(path + ".sectionCode", text("sectionTwice", code)));
            } else if (amounts.size() == ExpenditureKind.values().length) {
                split.put(code, amounts);
            }
        }
        if (problems.isEmpty()) {
            for (ExpenditureKind kind : ExpenditureKind.values()) {
                Money sum = split.values().stream().map(m -> m.get(kind)).reduce(Money.ZERO, Money::plus);
                Money ceiling = ceilings.getOrDefault(kind, Money.ZERO);
                if (sum.compareTo(ceiling) > 0) {
                    problems.add(new FieldViolation("sections", text("splitOver", Messages.text(kind.labelKey()),
                        sum.formatYuan(), ceiling.formatYuan(), sum.minus(ceiling).formatYuan())));
                }
            }
        }
        throwIfAny(problems);
        return split;
    }

    /** The director's decision: approved or not; a return says why. Answers the comment, stripped, or null. */
    static String decision(SplitDecisionInput input) {
        if (input == null) {
            throw ValidationException.of("body", text("bodyMissing"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        if (input.approved() == null) {
            problems.add(new FieldViolation("approved", text("decisionMissing")));
        }
        String comment = Boolean.FALSE.equals(input.approved())
            ? InputChecks.requiredText(input.comment(), "comment", text("label.returnComment"), MAX_COMMENT, problems)
            : InputChecks.optionalText(input.comment(), "comment", text("label.comment"), MAX_COMMENT, problems);
        throwIfAny(problems);
        return comment;
    }

    /**
     * The 批复: 文号, a date neither after today nor before the ceilings' date, and the cuts: each
     * of a line of the 二上 requests (by id, once), at least 0 and below the line's amount, with a reason.
     */
    static CheckedApproval approval(ApprovalInput input, Map<Long, Money> lineAmounts, LocalDate ceilingsDate,
            LocalDate today, Money max) {
        if (input == null) {
            throw ValidationException.of("body", text("bodyMissing"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        String ref = InputChecks.requiredText(input.ref(), "ref", text("label.ref"), MAX_REF, problems);
        LocalDate date = notAfter(date(input.date(), "date", problems), today, "date", problems);
        if (date != null && ceilingsDate != null && date.isBefore(ceilingsDate)) {
            problems.add(new FieldViolation("date", text("approvalBeforeCeilings", ceilingsDate)));
        }
        Map<Long, CheckedCut> cuts = new LinkedHashMap<>();
        List<ApprovalInput.CutInput> items = limited(input.cuts(), "cuts", Math.max(MAX_ITEMS, lineAmounts.size()), problems);
        for (int i = 0; i < items.size(); i++) {
            ApprovalInput.CutInput item = items.get(i);
            String path = "cuts[" + i + "]";
            if (item == null || item.lineId() == null) {
                problems.add(new FieldViolation(path + ".lineId", text("cutLineMissing")));
                continue;
            }
            Money requested = lineAmounts.get(item.lineId());
            Money amount = InputChecks.amountOrZero(item.amount(), path + ".amount", max, problems);
            String reason = InputChecks.requiredText(item.reason(), path + ".reason", text("label.cutReason"),
                InputChecks.MAX_REASON_LENGTH, problems);
            if (requested == null) {
                problems.add(new FieldViolation(path + ".lineId", text("cutLineUnknown", item.lineId())));
            } else if (cuts.containsKey(item.lineId())) {
                problems.add(new FieldViolation(path + ".lineId", text("cutTwice")));
            } else if (amount != null && amount.compareTo(requested) >= 0) {
                problems.add(new FieldViolation(path + ".amount", text("cutNotBelow", requested.formatYuan())));
            } else if (amount != null && reason != null) {
                cuts.put(item.lineId(), new CheckedCut(amount, reason));
            }
        }
        throwIfAny(problems);
        return new CheckedApproval(ref, date, cuts);
    }

    /** 财务's reason for proceeding without a section. */
    static String excuse(ExcuseInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        String reason = InputChecks.requiredText(input == null ? null : input.reason(), "reason", text("label.excuseReason"),
            InputChecks.MAX_REASON_LENGTH, problems);
        throwIfAny(problems);
        return reason;
    }

    /** The items of a list, none when absent; too many is a problem at the list, and then none are looked at. */
    private static <T> List<T> limited(List<T> items, String field, int max, List<FieldViolation> problems) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > max) {
            problems.add(new FieldViolation(field, text("tooMany", max)));
            return List.of();
        }
        return items;
    }

    private static Map<ExpenditureKind, Money> kinds(String personnel, String publicAmount, String project, String prefix,
            Money max, List<FieldViolation> problems) {
        Map<ExpenditureKind, Money> byKind = new EnumMap<>(ExpenditureKind.class);
        Map<ExpenditureKind, String> typed = Map.of(ExpenditureKind.BASIC_PERSONNEL, nullToEmpty(personnel),
            ExpenditureKind.BASIC_PUBLIC, nullToEmpty(publicAmount), ExpenditureKind.PROJECT, nullToEmpty(project));
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            Money amount = InputChecks.amountOrZero(typed.get(kind), prefix + KIND_FIELDS.get(kind), max, problems);
            if (amount != null) {
                byKind.put(kind, amount);
            }
        }
        return byKind;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static LocalDate date(String text, String field, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation(field, text("dateMissing")));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < MIN_YEAR - 1 || date.getYear() > MAX_YEAR) {
                problems.add(new FieldViolation(field, text("dateRange", MIN_YEAR - 1, MAX_YEAR)));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation(field, text("dateFormat")));
            return null;
        }
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today, String field, List<FieldViolation> problems) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldViolation(field, text("dateFuture", today)));
            return null;
        }
        return date;
    }

    private static void throwIfAny(List<FieldViolation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static String text(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Integer n ? String.valueOf(n) : args[i] instanceof LocalDate d ? d.toString() : args[i];
        }
        return Messages.text("budgetyear.error." + key, shown);
    }
}
