package cn.nanchang.budgetflow.reporting;

import java.time.Instant;
import org.springframework.lang.Nullable;

/** Where a year's disclosure stands, who submitted and who decided, and the return comment if any. */
public record PublicationState(int fiscalYear, PublicationStatus status, @Nullable String preparedBy,
        @Nullable Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String returnComment,
        @Nullable Instant publishedAt) {

    public static PublicationState notStarted(int fiscalYear) {
        return new PublicationState(fiscalYear, PublicationStatus.NOT_STARTED, null, null, null, null, null, null);
    }
}
