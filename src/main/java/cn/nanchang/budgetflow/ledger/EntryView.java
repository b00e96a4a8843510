package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Money;
import java.time.Instant;

/** One ledger entry as pages and the API read it; auditEntryId is the audit log's entry recorded with it. */
public record EntryView(long id, long indicatorId, EntryKind kind, Money amount, Long documentId,
        String documentNumber, String itemRef, String note, String actor, String onBehalfOf, Instant recordedAt,
        Long auditEntryId) {
}
