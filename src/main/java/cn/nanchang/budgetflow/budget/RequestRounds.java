package cn.nanchang.budgetflow.budget;

import java.util.Optional;

/**
 * What the budget year tells the budget drafts, implemented by the budgetyear module so that
 * drafts need not know the year: which round a new request belongs to, and what a request must
 * meet at submission (ceilings, 三公 not above last year).
 */
public interface RequestRounds {

    /**
     * The round a new draft of this section and fiscal year belongs to. Empty for a year that is
     * not prepared in this system (no budget year opened for it). Throws a ValidationException
     * naming {@code fiscalYear} when the year is in preparation but takes no request from this
     * section now (the round is closed, or the section's request of the round is already in).
     */
    Optional<BudgetRound> roundFor(String sectionCode, int fiscalYear);

    /**
     * Checks a request of a budget year as it is submitted; throws a ValidationException naming
     * the field (e.g. a ceiling exceeded, with the excess in yuan). Never called for drafts of a
     * year prepared outside the system.
     */
    void checkSubmission(BudgetDraft request);
}
