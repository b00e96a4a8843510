package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Money;
import java.time.LocalDate;

/**
 * A payment as 财务 enters it (form, API or one row of an import); fields are checked by {@link
 * Payments}, each problem named by its field. Strings so that bad input is reported, not lost in parsing.
 */
public record PaymentInput(String amount, String paidOn, String payee, String summary, Boolean officialCard,
        Long procurementItemId) {

    /** The input once checked. */
    public record Valid(Money amount, LocalDate paidOn, String payee, String summary, boolean officialCard,
            Long procurementItemId) {
    }
}
