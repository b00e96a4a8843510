package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks an adjustment whole and names every problem by its field, a rule broken by a row on
 * that row ({@code rows[2].amount}), so nothing half-valid is stored. The hard rules of issue 15:
 * no 调增 of the lines 厉行节约条例 Art. 8 freezes, a 调减 within the 指标's 可用, no project money
 * for 基本支出, a 调剂 that sums to zero, 追加 only 调增 and 追减 only 调减, each with its source,
 * a 追加 of a project only for a project of the 项目库.
 */
@Component
class BudgetAdjustmentValidator {

    static final int MAX_ROWS = 200;
    static final Money MAX_AMOUNT = Money.yuan("1000000000.00");

    /**
     * 差旅费, 因公出国(境)费用, 会议费, 培训费, 公务接待费, 公务用车运行维护费, 公务用车购置 (the 三公
     * lines among them): 党政机关厉行节约反对浪费条例 Art. 8 — 年度预算执行中不予追加. Codes as in
     * V2__classification.sql.
     */
    static final Set<String> NEVER_INCREASED = Set.of("30211", "30212", "30215", "30216", "30217", "30231", "31013");

    private final Indicators indicators;
    private final LedgerMoves ledger;
    private final ClassificationCatalogue catalogue;
    private final ProjectLibrary projects;
    private final Messages messages;

    BudgetAdjustmentValidator(Indicators indicators, LedgerMoves ledger, ClassificationCatalogue catalogue,
            ProjectLibrary projects, Messages messages) {
        this.indicators = indicators;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.projects = projects;
        this.messages = messages;
    }

    /** The checked adjustment of the section, or a ValidationException naming each problem. */
    ValidAdjustment check(BudgetAdjustmentInput given, String sectionCode) {
        BudgetAdjustmentInput input = given != null ? given
            : new BudgetAdjustmentInput(null, null, null, null, null, null, null);
        List<FieldViolation> problems = new ArrayList<>();
        Integer year = InputChecks.fiscalYear(input.fiscalYear(), problems);
        AdjustmentKind kind = InputChecks.choice(AdjustmentKind.class, input.adjustmentKind(), "adjustmentKind",
            messages.get("adjustment.error.kindMissing"), messages.get("adjustment.error.kindInvalid"), problems);
        String reason = InputChecks.requiredText(input.reason(), "reason", label("reason"), 1000, problems);
        String basis = InputChecks.requiredText(input.basis(), "basis", label("basis"), 2000, problems);
        String performance = InputChecks.optionalText(input.performanceChange(), "performanceChange",
            label("performanceChange"), 2000, problems);
        String source = InputChecks.optionalText(input.fundingSource(), "fundingSource", label("fundingSource"), 200,
            problems);
        List<ValidRow> rows = rows(input.rows(), year, sectionCode, problems);
        if (problems.isEmpty()) {
            rules(kind, rows, performance, source, problems);
            available(rows, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ValidAdjustment(year, kind, reason, basis, performance, source, rows);
    }

    /** At submission: the 可用 of the 指标 to be reduced may have shrunk since the adjustment was saved. */
    void checkStillAvailable(List<ValidRow> rows) {
        List<FieldViolation> problems = new ArrayList<>();
        available(rows, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private List<ValidRow> rows(List<BudgetAdjustmentInput.RowInput> rows, Integer year, String sectionCode,
            List<FieldViolation> problems) {
        if (rows == null || rows.isEmpty()) {
            problems.add(new FieldViolation("rows", messages.get("adjustment.error.noRows")));
            return List.of();
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(new FieldViolation("rows", messages.get("adjustment.error.tooManyRows", MAX_ROWS)));
            return List.of();
        }
        Map<String, ClassificationCode> economic = catalogue.index(Scheme.ECONOMIC);
        List<ValidRow> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String path = "rows[" + i + "]";
            BudgetAdjustmentInput.RowInput row = rows.get(i);
            if (row == null) {
                problems.add(new FieldViolation(path, messages.get("adjustment.error.rowMissing")));
                continue;
            }
            if (row.indicatorId() != null && !seen.add(row.indicatorId())) {
                problems.add(new FieldViolation(path + ".indicatorId", messages.get("adjustment.error.indicatorTwice",
                    i + 1, row.indicatorId())));
                continue;
            }
            valid.add(row(row, path, year, sectionCode, economic, problems));
        }
        return valid;
    }

    private ValidRow row(BudgetAdjustmentInput.RowInput row, String path, Integer year, String sectionCode,
            Map<String, ClassificationCode> economic, List<FieldViolation> problems) {
        int before = problems.size();
        Direction direction = InputChecks.choice(Direction.class, row.direction(), path + ".direction",
            messages.get("adjustment.error.directionInvalid"), messages.get("adjustment.error.directionInvalid"), problems);
        Money amount = InputChecks.amount(row.amount(), path + ".amount", MAX_AMOUNT, problems);
        ValidRow line = row.indicatorId() != null
            ? existing(row.indicatorId(), path, year, sectionCode, problems)
            : newLine(row, direction, path, sectionCode, economic, problems);
        if (problems.size() > before || line == null) {
            return null;
        }
        return new ValidRow(direction, line.indicatorId(), line.sectionCode(), line.kind(), line.functionCode(),
            line.economicCode(), line.projectId(), amount);
    }

    /** An existing 指标: of the section and year; its codes are copied. */
    private ValidRow existing(long indicatorId, String path, Integer year, String sectionCode,
            List<FieldViolation> problems) {
        Optional<IndicatorSummary> found = indicator(indicatorId);
        if (found.isEmpty() || !found.get().sectionCode().equals(sectionCode)) {
            problems.add(new FieldViolation(path + ".indicatorId", messages.get("adjustment.error.indicatorUnknown",
                indicatorId)));
            return null;
        }
        IndicatorSummary s = found.get();
        if (year != null && s.fiscalYear() != year) {
            problems.add(new FieldViolation(path + ".indicatorId", messages.get("adjustment.error.indicatorYear",
                indicatorId, s.fiscalYear(), year)));
            return null;
        }
        return new ValidRow(null, s.id(), s.sectionCode(), s.kind(), s.functionCode(), s.economicCode(), s.projectId(),
            null);
    }

    /** The 指标 if the caller may see it; one they may not is answered like a missing one. */
    private Optional<IndicatorSummary> indicator(long id) {
        try {
            return Optional.of(indicators.get(id));
        } catch (NotFoundException | ForbiddenException e) {
            return Optional.empty();
        }
    }

    /** A new line: only ever increased; its codes at leaf level, its kind fitting its economic class, its project approved. */
    private ValidRow newLine(BudgetAdjustmentInput.RowInput row, Direction direction, String path, String sectionCode,
            Map<String, ClassificationCode> economic, List<FieldViolation> problems) {
        if (direction == Direction.DECREASE) {
            problems.add(new FieldViolation(path + ".indicatorId", messages.get("adjustment.error.decreaseNeedsIndicator")));
            return null;
        }
        int before = problems.size();
        ExpenditureKind kind = InputChecks.choice(ExpenditureKind.class, row.kind(), path + ".kind",
            messages.get("adjustment.error.lineKindInvalid"), messages.get("adjustment.error.lineKindInvalid"), problems);
        String function = catalogue.leafCode(Scheme.FUNCTION, row.functionCode(), path + ".functionCode", problems);
        String economicCode = catalogue.leafCode(Scheme.ECONOMIC, row.economicCode(), path + ".economicCode", problems);
        if (kind != null && economicCode != null
                && !kind.allowsEconomicClass(ClassificationCatalogue.classOf(economicCode, economic).getCode())) {
            problems.add(new FieldViolation(path + ".economicCode", messages.get("adjustment.error.kindEconomic",
                messages.get(kind.labelKey()))));
        }
        Long projectId = project(kind, row.projectId(), path, sectionCode, problems);
        return problems.size() > before ? null
            : new ValidRow(null, null, sectionCode, kind, function, economicCode, projectId, null);
    }

    /** A new project line funds a project of the section's 项目库 (an approved application); a basic line none. */
    private Long project(ExpenditureKind kind, Long projectId, String path, String sectionCode,
            List<FieldViolation> problems) {
        if (kind != ExpenditureKind.PROJECT) {
            if (projectId != null) {
                problems.add(new FieldViolation(path + ".projectId", messages.get("adjustment.error.projectNotAllowed")));
            }
            return null;
        }
        if (projectId == null) {
            problems.add(new FieldViolation(path + ".projectId", messages.get("adjustment.error.projectRequired")));
            return null;
        }
        Optional<ApprovedProject> project = projects.find(projectId);
        if (project.isEmpty() || !project.get().sectionCode().equals(sectionCode)) {
            problems.add(new FieldViolation(path + ".projectId", messages.get("adjustment.error.projectNotInLibrary",
                projectId)));
            return null;
        }
        return projectId;
    }

    /** The rules over all rows, once each row is valid on its own. */
    private void rules(AdjustmentKind kind, List<ValidRow> rows, String performance, String source,
            List<FieldViolation> problems) {
        for (int i = 0; i < rows.size(); i++) {
            ValidRow r = rows.get(i);
            String path = "rows[" + i + "]";
            if (r.direction() == Direction.INCREASE && NEVER_INCREASED.contains(r.economicCode())) {
                problems.add(new FieldViolation(path + (r.isNewLine() ? ".economicCode" : ".indicatorId"),
                    messages.get("adjustment.rule.frugality", i + 1, r.economicCode())));
            }
            if (kind == AdjustmentKind.ADDITION && r.direction() != Direction.INCREASE) {
                problems.add(new FieldViolation(path + ".direction", messages.get("adjustment.rule.additionIncreasesOnly", i + 1)));
            }
            if (kind == AdjustmentKind.REDUCTION && r.direction() != Direction.DECREASE) {
                problems.add(new FieldViolation(path + ".direction", messages.get("adjustment.rule.reductionDecreasesOnly", i + 1)));
            }
        }
        noProjectMoneyForBasic(rows, problems);
        if (kind == AdjustmentKind.TRANSFER) {
            balanced(rows, problems);
        }
        if (kind != AdjustmentKind.TRANSFER && source == null) {
            problems.add(new FieldViolation("fundingSource", messages.get("adjustment.rule.sourceRequired",
                messages.get(kind.labelKey()))));
        }
        if (performance == null && rows.stream().anyMatch(r -> r.kind() == ExpenditureKind.PROJECT)) {
            problems.add(new FieldViolation("performanceChange", messages.get("adjustment.rule.performanceRequired")));
        }
    }

    /** Project money never funds 基本支出: with any project 调减, no basic line may be increased. */
    private void noProjectMoneyForBasic(List<ValidRow> rows, List<FieldViolation> problems) {
        boolean projectDecreased = rows.stream()
            .anyMatch(r -> r.direction() == Direction.DECREASE && r.kind() == ExpenditureKind.PROJECT);
        if (!projectDecreased) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            ValidRow r = rows.get(i);
            if (r.direction() == Direction.INCREASE && r.kind() != ExpenditureKind.PROJECT) {
                problems.add(new FieldViolation("rows[" + i + "]" + (r.isNewLine() ? ".kind" : ".indicatorId"),
                    messages.get("adjustment.rule.projectToBasic", i + 1)));
            }
        }
    }

    /** A 调剂 has both sides and they sum to the same; the difference is named on the rows. */
    private void balanced(List<ValidRow> rows, List<FieldViolation> problems) {
        Money up = BudgetAdjustment.sum(rows, Direction.INCREASE);
        Money down = BudgetAdjustment.sum(rows, Direction.DECREASE);
        if (!up.isPositive() || !down.isPositive()) {
            problems.add(new FieldViolation("rows", messages.get("adjustment.rule.transferBothSides")));
        } else if (up.compareTo(down) != 0) {
            problems.add(new FieldViolation("rows", messages.get("adjustment.rule.transferUnbalanced",
                down.formatYuan(), up.formatYuan())));
        }
    }

    /** Every 调减 fits its 指标's 可用 now. */
    private void available(List<ValidRow> rows, List<FieldViolation> problems) {
        Map<Long, Money> cache = new HashMap<>();
        Map<Integer, ValidRow> decreases = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).direction() == Direction.DECREASE && rows.get(i).indicatorId() != null) {
                decreases.put(i, rows.get(i));
            }
        }
        decreases.forEach((i, r) -> {
            Money available = cache.computeIfAbsent(r.indicatorId(), ledger::available);
            if (r.amount().compareTo(available) > 0) {
                problems.add(new FieldViolation("rows[" + i + "].amount", messages.get("adjustment.rule.decreaseAboveAvailable",
                    i + 1, r.amount().formatYuan(), available.formatYuan())));
            }
        });
    }

    private String label(String field) {
        return messages.get("adjustment.field." + field);
    }
}
