package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.Money;

/**
 * Thrown when a move would take an 指标 below zero 可用; the API answers 409 with its message,
 * which names the shortfall in yuan. It is a conflict rather than bad input: the money was there
 * when the document was saved and another document took it meanwhile.
 */
public class InsufficientFundsException extends ConflictException {

    private final long indicatorId;
    private final Money shortfall;

    public InsufficientFundsException(long indicatorId, Money shortfall, String message) {
        super(message);
        this.indicatorId = indicatorId;
        this.shortfall = shortfall;
    }

    public long indicatorId() {
        return indicatorId;
    }

    public Money shortfall() {
        return shortfall;
    }
}
