package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.CompletedTask;
import cn.nanchang.budgetflow.workflow.StepHolding;
import cn.nanchang.budgetflow.workflow.StepLists;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists that say where each document stands and who holds it: 我发起的 / 申报查询 with the current
 * step and its holder, and 已办 with my decision on each step and the document's state now.
 */
@Service
@Transactional(readOnly = true)
public class TrackedDocuments {

    /** What a reviewer's or drafter's completion of a step is recorded as. */
    private static final Set<AuditAction> DECISIONS = Set.of(AuditAction.APPROVE, AuditAction.RETURN,
        AuditAction.RETURN_TO_STEP, AuditAction.COLLECTIVE_DECISION, AuditAction.RESUBMIT, AuditAction.DELEGATE_RESOLVE);

    private final DocumentQueries queries;
    private final StepLists steps;
    private final AuditLog audit;
    private final OrganizationService organization;
    private final CurrentActor currentActor;

    TrackedDocuments(DocumentQueries queries, StepLists steps, AuditLog audit, OrganizationService organization,
            CurrentActor currentActor) {
        this.queries = queries;
        this.steps = steps;
        this.audit = audit;
        this.organization = organization;
        this.currentActor = currentActor;
    }

    /** A page of the documents the caller may see (as {@link DocumentQueries#list}), with their holders. */
    @Roles.Reader
    public List<TrackedDocument> documents(DocumentFilter filter, int offset, int limit) {
        List<DocumentSummary> page = queries.list(filter, offset, limit);
        Map<Long, List<Holder>> holders = holders(page.stream().map(DocumentSummary::id).toList());
        return page.stream().map(d -> new TrackedDocument(d, holders.getOrDefault(d.id(), List.of()))).toList();
    }

    /** 已办: one row per document and step I completed, newest first. */
    @Roles.Participant
    public List<HandledStep> handled(int offset, int limit) {
        String me = currentActor.get().username();
        List<CompletedTask> done = steps.handledSteps(me, offset, limit);
        Set<Long> ids = done.stream().map(CompletedTask::documentId).collect(Collectors.toSet());
        Map<Long, DocumentSummary> docs = queries.summaries(ids);
        Map<Long, List<Holder>> holders = holders(ids);
        Map<String, AuditAction> decisions = ids.stream().flatMap(id -> audit.documentTrail(id).stream())
            .filter(e -> me.equals(e.getActor()) && e.getTaskId() != null && DECISIONS.contains(e.getAction()))
            .collect(Collectors.toMap(AuditEntry::getTaskId, AuditEntry::getAction, (first, later) -> later));
        return done.stream().filter(t -> docs.containsKey(t.documentId()))
            .map(t -> new HandledStep(t.taskId(), t.step(), t.completed(), decisions.get(t.taskId()), docs.get(t.documentId()),
                holders.getOrDefault(t.documentId(), List.of())))
            .toList();
    }

    @Roles.Participant
    public long handledCount() {
        return steps.handledStepCount(currentActor.get().username());
    }

    private Map<Long, List<Holder>> holders(Collection<Long> documentIds) {
        return steps.holdings(documentIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
            e -> e.getValue().stream().map(this::holder).toList()));
    }

    private Holder holder(StepHolding h) {
        if (h.assignee() != null) {
            return new Holder(h.step(), true, List.of(organization.displayName(h.assignee())), h.since());
        }
        List<String> members = h.candidateGroups().stream().flatMap(g -> organization.membersOf(g).stream())
            .map(AppUser::getDisplayName).distinct().toList();
        return new Holder(h.step(), false, members, h.since());
    }
}
