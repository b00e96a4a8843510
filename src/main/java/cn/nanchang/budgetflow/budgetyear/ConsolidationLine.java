package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;

/**
 * One line of the unit's consolidation: a line of a section's accepted request (request id and
 * number, line number, codes with their names, the project it funds with its library code) with
 * the amount requested and the amount the unit proposes. {@code cutReason} is set exactly when
 * the two differ: nothing is changed without a reason.
 */
public record ConsolidationLine(String sectionCode, String sectionName, long draftId, String draftNumber, int lineNo,
        ExpenditureKind kind, String functionCode, String functionName, String economicCode, String economicName,
        Long projectId, String projectCode, String projectName, Money requested, Money proposed, String cutReason) {

    /** Whether the proposal cuts this line. */
    public boolean isCut() {
        return proposed.compareTo(requested) != 0;
    }

    /** What the cut takes off, in yuan; zero for a line proposed as requested. */
    public Money cut() {
        return requested.minus(proposed);
    }

    /** The same line, proposed at {@code amount} for the given reason. */
    ConsolidationLine cutTo(Money amount, String reason) {
        return new ConsolidationLine(sectionCode, sectionName, draftId, draftNumber, lineNo, kind, functionCode,
            functionName, economicCode, economicName, projectId, projectCode, projectName, requested, amount, reason);
    }
}
