package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.budget.BudgetDraft;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budget.RequestRounds;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import cn.nanchang.budgetflow.workflow.YearStage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget year as the budget drafts see it ({@link RequestRounds}): a new draft of a year in
 * preparation is a section's request of the round the year's process is collecting, and only
 * while the section's request of that round is still awaited; a 二上 request must keep within the
 * section's split ceilings, the bureau's project ceilings and last year's 三公 ({@link RequestLimits}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class YearRequestRounds implements RequestRounds {

    private final BudgetYearRepository years;
    private final BudgetFigureRepository figures;
    private final BudgetYearProcess process;
    private final ApprovedBudgetLines approvedLines;
    private final ProjectLibrary projects;
    private final Messages messages;

    YearRequestRounds(BudgetYearRepository years, BudgetFigureRepository figures, BudgetYearProcess process,
            ApprovedBudgetLines approvedLines, ProjectLibrary projects, Messages messages) {
        this.years = years;
        this.figures = figures;
        this.process = process;
        this.approvedLines = approvedLines;
        this.projects = projects;
        this.messages = messages;
    }

    @Override
    public Optional<BudgetRound> roundFor(String sectionCode, int fiscalYear) {
        if (years.findByFiscalYear(fiscalYear).isEmpty()) {
            return Optional.empty();
        }
        BudgetRound round = collecting(fiscalYear);
        requireAwaited(sectionCode, fiscalYear, round);
        return Optional.of(round);
    }

    @Override
    public void checkSubmission(BudgetDraft request) {
        int fiscalYear = request.getFiscalYear();
        BudgetYear year = years.findByFiscalYear(fiscalYear).orElse(null);
        BudgetRound round = request.round().orElse(null);
        if (year == null || round == null) {
            return;
        }
        BudgetRound now = collecting(fiscalYear);
        if (now != round) {
            throw ValidationException.of("fiscalYear", YearInputs.text("roundClosed", String.valueOf(fiscalYear),
                messages.get(round.labelKey())));
        }
        requireAwaited(request.getSection().getCode(), fiscalYear, round);
        if (round == BudgetRound.TWO_UP) {
            List<FieldViolation> problems = RequestLimits.check(lines(request), splitOf(year, request.getSection().getCode()),
                projectCeilings(year), lastYearSangong(request.getSection().getCode(), fiscalYear));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        }
    }

    /** The round whose requests the year is collecting now; a ValidationException at {@code fiscalYear} when none. */
    private BudgetRound collecting(int fiscalYear) {
        YearStage stage = process.stage(fiscalYear).orElse(null);
        if (stage == YearStage.ONE_UP_REQUESTS) {
            return BudgetRound.ONE_UP;
        }
        if (stage == YearStage.TWO_UP_REQUESTS) {
            return BudgetRound.TWO_UP;
        }
        throw ValidationException.of("fiscalYear", YearInputs.text("noRequestsNow", String.valueOf(fiscalYear),
            stage == null ? "" : messages.get("budgetyear.stage." + stage.name())));
    }

    private void requireAwaited(String sectionCode, int fiscalYear, BudgetRound round) {
        if (!process.sectionsWaiting(fiscalYear).contains(sectionCode)) {
            throw ValidationException.of("fiscalYear", YearInputs.text("requestNotAwaited", String.valueOf(fiscalYear),
                messages.get(round.labelKey())));
        }
    }

    private static List<RequestLimits.Line> lines(BudgetDraft request) {
        return request.getLines().stream()
            .map(l -> new RequestLimits.Line(l.getKind(), l.getEconomicCode(), l.getProjectId(), l.getAmount())).toList();
    }

    private Map<ExpenditureKind, Money> splitOf(BudgetYear year, String sectionCode) {
        return Versions.of(figures.findByBudgetYearIdOrderByIdAsc(year.getId())).split()
            .getOrDefault(sectionCode, Versions.zeroByKind());
    }

    private Map<Long, RequestLimits.ProjectLimit> projectCeilings(BudgetYear year) {
        Map<Long, Money> ceilings = Versions.of(figures.findByBudgetYearIdOrderByIdAsc(year.getId())).projectCeilings();
        Map<Long, ApprovedProject> named = projects.byIds(ceilings.keySet());
        Map<Long, RequestLimits.ProjectLimit> limits = new LinkedHashMap<>();
        ceilings.forEach((id, amount) -> limits.put(id,
            new RequestLimits.ProjectLimit(named.containsKey(id) ? named.get(id).name() : String.valueOf(id), amount)));
        return limits;
    }

    /**
     * The 三公 approved for the section the year before (批复 amounts where the year was prepared
     * here); null when the unit has no approved budget of that year in the system at all (its first
     * year here), where 只减不增 has nothing to compare with and is left to the consolidation view.
     */
    private Money lastYearSangong(String sectionCode, int fiscalYear) {
        if (approvedLines.ofYear(fiscalYear - 1).isEmpty()) {
            return null;
        }
        return approvedLines.ofSection(sectionCode, fiscalYear - 1).stream()
            .filter(l -> RequestLimits.isSangong(l.economicCode())).map(ApprovedBudgetLine::amount)
            .reduce(Money.ZERO, Money::plus);
    }
}
