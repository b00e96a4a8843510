package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded payment as the API and pages read it. */
public record PaymentView(long id, long indicatorId, Money amount, LocalDate paidOn, String payee, String summary,
        boolean officialCard, Long procurementItemId, boolean example, long entryId, String recordedBy, Instant recordedAt) {
}
