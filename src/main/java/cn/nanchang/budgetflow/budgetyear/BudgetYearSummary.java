package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.workflow.YearStage;
import java.time.Instant;
import java.time.LocalDate;

/** A budget year in the list of years; {@code stage} is null when no process ran for it. */
public record BudgetYearSummary(int fiscalYear, BudgetRound round, YearStage stage, LocalDate oneUpDeadline,
        LocalDate twoUpDeadline, String openedBy, String openedByName, Instant openedAt) {
}
