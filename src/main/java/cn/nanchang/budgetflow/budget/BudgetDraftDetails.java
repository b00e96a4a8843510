package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.DocumentDetails;
import java.time.Instant;
import java.util.List;

/**
 * A draft as pages and the API show it, read in one transaction. {@code round} is the budget
 * year's round of a section's request (null for a year prepared outside the system).
 */
public record BudgetDraftDetails(long id, String number, String sectionCode, String sectionName, int fiscalYear,
        DocumentStatus status, long version, String drafter, String drafterName, List<Line> lines, BudgetTotals totals,
        Instant createdAt, Instant updatedAt, BudgetRound round) implements DocumentDetails {

    public Money total() {
        return totals.total();
    }

    /**
     * A line with the names of its codes and, for a 项目支出 line, the code and name of the project
     * it funds; {@code approved} is what the bureau approved of a 二上 request line (null before 批复).
     */
    public record Line(int lineNo, String functionCode, String functionName, String economicCode, String economicName,
            ExpenditureKind kind, Money amount, String note, Long projectId, String projectCode, String projectName,
            Money approved) {
    }
}
