package cn.nanchang.budgetflow.document.api;

import cn.nanchang.budgetflow.document.DocumentSummary;
import java.time.Instant;

/** A document in API lists; amounts are yuan as exact decimal strings. */
public record DocumentSummaryResponse(long id, String type, String number, int fiscalYear, String section,
        String sectionName, String status, String totalAmount, String drafter, Instant updatedAt) {

    public static DocumentSummaryResponse of(DocumentSummary d) {
        return new DocumentSummaryResponse(d.id(), d.type().name(), d.number(), d.fiscalYear(), d.sectionCode(),
            d.sectionName(), d.status().name(), d.total().toString(), d.drafter(), d.updatedAt());
    }
}
