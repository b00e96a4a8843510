package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentType;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * What narrows and orders an inbox, applied in the engine's task query so that a page of a
 * large inbox stays one paged query and its count one count query. {@code documentIds} null
 * means any document; an empty set means none (a search that found nothing).
 *
 * @param overdueBefore only tasks due before this instant (仅看超期), or null for all
 */
public record InboxFilter(DocumentType type, ApprovalStep step, Instant overdueBefore, Collection<Long> documentIds,
        InboxSort sort) {

    /** Every task, oldest first: the inbox as it was before it could be filtered. */
    public static final InboxFilter ALL = new InboxFilter(null, null, null, null, InboxSort.ARRIVED_ASC);

    public InboxFilter {
        documentIds = documentIds == null ? null : Set.copyOf(documentIds);
        sort = sort == null ? InboxSort.ARRIVED_ASC : sort;
    }

    /** Whether no task can match, so that the engine need not be asked. */
    boolean matchesNothing() {
        return documentIds != null && documentIds.isEmpty();
    }
}
