package cn.nanchang.budgetflow.workflow;

/**
 * Published inside the engine's transaction when a timer of a budget year fires: a section's
 * request round reminder or overdue mark (sectionCode and round set), the bureau's 批复 overdue,
 * or the disclosure's reminder or overdue (sectionCode null).
 */
public record YearDeadlineReached(int fiscalYear, String sectionCode, String round, Kind kind) {

    public enum Kind {
        REMINDER,
        OVERDUE,
        APPROVAL_OVERDUE,
        DISCLOSURE_REMINDER,
        DISCLOSURE_OVERDUE
    }
}
