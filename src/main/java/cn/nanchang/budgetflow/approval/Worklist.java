package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.InboxFilter;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 待办 searched, filtered and sorted. Everything narrows the engine's task query (the text
 * through the ids of the open documents it finds), so a page stays one paged query and its
 * count one count query however many tasks the inbox holds. Due times are read on the injected clock.
 */
@Service
@Roles.Participant
public class Worklist {

    /** A search matching more open documents than this is too broad to narrow anything; the first ones are taken. */
    static final int MAX_MATCHES = 1000;
    private static final List<DocumentStatus> OPEN = List.of(DocumentStatus.IN_REVIEW, DocumentStatus.RETURNED);

    private final ApprovalTasks tasks;
    private final ActingScope scopes;
    private final DocumentQueries queries;
    private final DocumentLookup documents;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Messages messages;
    private final ProxyClaims claims;
    private final TransactionTemplate readOnly;

    Worklist(ApprovalTasks tasks, ActingScope scopes, DocumentQueries queries, DocumentLookup documents,
            OrganizationService organization, CurrentActor currentActor, Clock clock, Messages messages, ProxyClaims claims,
            PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.tasks = tasks;
        this.claims = claims;
        this.messages = messages;
        this.scopes = scopes;
        this.queries = queries;
        this.documents = documents;
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public List<InboxItem> inbox(InboxSearch search, int offset, int limit) {
        return read(scope -> {
            Instant now = clock.instant();
            List<OpenTask> open = tasks.inbox(scope.usernames(), scope.groups(), filter(search, now), offset, limit);
            Map<Long, DocumentSummary> docs = queries.summaries(open.stream().map(OpenTask::documentId).collect(Collectors.toSet()));
            return open.stream().filter(t -> docs.containsKey(t.documentId()))
                .map(t -> InboxItem.of(t, docs.get(t.documentId()), now))
                .toList();
        });
    }

    public long inboxCount(InboxSearch search) {
        return read(scope -> tasks.inboxCount(scope.usernames(), scope.groups(), filter(search, clock.instant())));
    }

    /** How many tasks of each document type the search finds: the counts on the type tabs. */
    public Map<DocumentType, Long> inboxCountsByType(InboxSearch search) {
        return read(scope -> {
            InboxFilter all = filter(search.withType(null), clock.instant());
            Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);
            for (DocumentType type : DocumentType.values()) {
                InboxFilter one = new InboxFilter(type, all.step(), all.overdueBefore(), all.documentIds(), all.sort());
                counts.put(type, tasks.inboxCount(scope.usernames(), scope.groups(), one));
            }
            return counts;
        });
    }

    /**
     * Reads as whom the current user acts. A proxy's claims through a grant that has ended go back to
     * their groups first, in a transaction of their own that ends before the read begins: opened inside
     * the read, it would hold a second connection while the first waits, and ten inboxes read at once
     * took the whole pool and stalled every request for its 30 s timeout (found by the load run).
     */
    private <T> T read(java.util.function.Function<ActingScope.Scope, T> query) {
        claims.releaseLapsedOnRead(currentActor.get());
        return readOnly.execute(s -> query.apply(scopes.of(currentActor.get())));
    }

    private InboxFilter filter(InboxSearch search, Instant now) {
        search.validate(messages);
        List<Long> ids = search.text() == null ? null : documents.openMatching(pattern(search.text()),
            organization.usernamesMatching(search.text()), OPEN, PageRequest.of(0, MAX_MATCHES));
        return new InboxFilter(search.type(), search.step(), search.overdueOnly() ? now : null, ids, search.sort());
    }

    /** A LIKE pattern finding the text anywhere, its wildcards taken literally ('!' escapes). */
    private static String pattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
