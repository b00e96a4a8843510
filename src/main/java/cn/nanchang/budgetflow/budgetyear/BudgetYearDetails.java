package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.workflow.YearStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A budget year as the reader may see it. Section-bound readers (科员, 科长) get their own
 * section only: its request, its ceilings and its figures; the unit's ceilings and other sections
 * are absent. The bureau gets unit-level figures only: no sections, no bySection, no split by section.
 *
 * @param stage        where the year's process waits; null when no process ran for the year
 * @param deadlines    the deadline of each request round (ONE_UP, TWO_UP)
 * @param ceilings     the bureau's 控制数 (文号, date); null before they are recorded
 * @param approval     the bureau's 批复 (文号, date); null before it is recorded
 * @param publishDue   the disclosure's due date (20 days after 批复); null before 批复
 * @param unitCeilings the unit's ceilings by kind and project; null before they are recorded and for section-bound readers
 * @param split        the current split among the sections and its approval; null before a split is recorded
 * @param sections     each section's request of the current request round (or the last one), as the reader may see them
 * @param versions     the totals of each version recorded so far, in version order
 */
public record BudgetYearDetails(int fiscalYear, BudgetRound round, YearStage stage, Map<BudgetRound, LocalDate> deadlines,
        String instructions, String openedBy, String openedByName, Instant openedAt, BureauDocument ceilings,
        BureauDocument approval, LocalDate publishDue, UnitCeilings unitCeilings, SplitState split,
        List<SectionRequestState> sections, List<VersionTotals> versions) {

    /** A document of the bureau: its 文号 and date. */
    public record BureauDocument(String ref, LocalDate date) {
    }
}
