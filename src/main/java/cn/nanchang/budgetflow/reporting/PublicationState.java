package cn.nanchang.budgetflow.reporting;

import java.time.Instant;

/** Where a year's disclosure stands, who submitted and who decided, and the return comment if any. */
public record PublicationState(int fiscalYear, PublicationStatus status, String preparedBy, Instant submittedAt,
        String decidedBy, Instant decidedAt, String returnComment, Instant publishedAt) {

    public static PublicationState notStarted(int fiscalYear) {
        return new PublicationState(fiscalYear, PublicationStatus.NOT_STARTED, null, null, null, null, null, null);
    }
}
