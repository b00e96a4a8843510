package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document lists within what the caller may see: a section-bound user's filter is always
 * narrowed to their own section, whatever section they ask for.
 */
@Service
@Transactional(readOnly = true)
@Roles.Reader
public class DocumentQueries {

    private final DocumentRepository documents;
    private final OrganizationService organization;
    private final CurrentActor currentActor;

    DocumentQueries(DocumentRepository documents, OrganizationService organization, CurrentActor currentActor) {
        this.documents = documents;
        this.organization = organization;
        this.currentActor = currentActor;
    }

    public List<DocumentSummary> list(DocumentFilter filter, int offset, int limit) {
        DocumentFilter scoped = scoped(filter, currentActor.get());
        if (scoped == null) {
            return List.of();
        }
        int size = Math.max(1, Math.min(limit, 500));
        var page = PageRequest.of(offset / size, size);
        return summaries(documents.filter(scoped.type(), scoped.fiscalYear(), scoped.sectionCode(), scoped.status(),
            forBureau(), page));
    }

    public long count(DocumentFilter filter) {
        DocumentFilter scoped = scoped(filter, currentActor.get());
        return scoped == null ? 0
            : documents.countFilter(scoped.type(), scoped.fiscalYear(), scoped.sectionCode(), scoped.status(), forBureau());
    }

    /** The bureau's lists leave out what stays inside the unit ({@link ApprovalDocument#visibleToBureau()}). */
    private boolean forBureau() {
        return currentActor.get().role() == Role.BUREAU;
    }

    /** Summaries by id, for enriching task lists; the caller has already established visibility. */
    public Map<Long, DocumentSummary> summaries(Collection<Long> ids) {
        return summaries(documents.findByIdIn(ids)).stream()
            .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
    }

    public DocumentSummary summary(ApprovalDocument d) {
        return summary(d, organization.displayName(d.getDrafter()));
    }

    /** Summaries of a page of documents, with the drafters' names looked up in one query rather than one per row. */
    private List<DocumentSummary> summaries(List<? extends ApprovalDocument> page) {
        Map<String, String> names = organization.displayNames(page.stream().map(ApprovalDocument::getDrafter).collect(Collectors.toSet()));
        return page.stream().map(d -> summary(d, names.get(d.getDrafter()))).toList();
    }

    private static DocumentSummary summary(ApprovalDocument d, String drafterName) {
        return new DocumentSummary(d.getId(), d.documentType(), d.getNumber(), d.getSection().getCode(),
            d.getSection().getName(), d.getFiscalYear(), d.getStatus(), d.total(), d.getDrafter(), drafterName, d.getUpdatedAt());
    }

    /** Null when the filter asks for another section than the caller's own. */
    private static DocumentFilter scoped(DocumentFilter filter, Actor actor) {
        if (actor.role().seesAllSections()) {
            return filter;
        }
        if (actor.role() == Role.STAFF || actor.role() == Role.SECTION_HEAD) {
            if (filter.sectionCode() != null && !filter.sectionCode().equals(actor.sectionCode())) {
                return null;
            }
            return filter.withSection(actor.sectionCode());
        }
        return null;
    }
}
