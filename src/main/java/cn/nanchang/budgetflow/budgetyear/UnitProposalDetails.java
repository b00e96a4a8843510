package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.document.DocumentDetails;
import java.time.Instant;

/** A unit proposal as pages and the API show it, with its consolidation, read in one transaction. */
public record UnitProposalDetails(long id, String number, String sectionCode, String sectionName, int fiscalYear,
        BudgetRound round, DocumentStatus status, long version, String drafter, String drafterName,
        Consolidation consolidation, Instant createdAt, Instant updatedAt) implements DocumentDetails {

    /** The amount proposed, on which the approval routes. */
    public Money total() {
        return consolidation.total().proposed();
    }
}
