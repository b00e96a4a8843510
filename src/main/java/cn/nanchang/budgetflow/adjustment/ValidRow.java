package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;

/**
 * A row that passed the checks: its 指标 (null for a new line) and the codes of its line, copied
 * from the 指标 for an existing one, so that the document reads and routes without the ledger.
 */
record ValidRow(Direction direction, Long indicatorId, String sectionCode, ExpenditureKind kind, String functionCode,
        String economicCode, Long projectId, Money amount) {

    boolean isNewLine() {
        return indicatorId == null;
    }
}
