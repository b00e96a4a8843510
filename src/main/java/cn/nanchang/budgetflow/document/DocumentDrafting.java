package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The drafting steps every document type shares, in its service's transaction: who may act
 * (visible, drafter), whether the edit is on the version read and the status still editable, the
 * type's own validation, and the audit entry with each changed field before and after. It is
 * called only by {@link DocumentTypeService}, whose public methods hold the transaction and the
 * role check; it is deliberately not proxied, so that its package-private steps stay private.
 */
@Component
public class DocumentDrafting {

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final DocumentNumbers numbers;
    private final DocumentAudit audit;
    private final DocumentLifecycle lifecycle;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Messages messages;
    private final PreparedYear preparedYear;

    DocumentDrafting(DocumentRepository documents, DocumentAccess access, DocumentNumbers numbers, DocumentAudit audit,
            DocumentLifecycle lifecycle, OrganizationService organization, CurrentActor currentActor, Clock clock,
            Messages messages, PreparedYear preparedYear) {
        this.documents = documents;
        this.access = access;
        this.numbers = numbers;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
        this.preparedYear = preparedYear;
    }

    <D extends ApprovalDocument, I, V, R> R create(DocumentTypeSupport<D, I, V, R> type, I input) {
        return create(type, input, "");
    }

    /**
     * A new document for the year being prepared from an earlier one of the caller's own section. A
     * source the caller may not read, or of another type, is not found, as everywhere; one read only
     * through a grant (抄送) is another section's and is refused. The copy goes through the same
     * checks as a new document; what they still refuse (an open draft of that year, a code retired
     * since) is a conflict with the source, not a bad field of the request, which names none.
     */
    <D extends ApprovalDocument, I, V, R> Copied<R> copy(DocumentTypeSupport<D, I, V, R> type, long sourceId) {
        Actor actor = currentActor.get();
        D source = access.visible(sourceId, type.entityType(), actor);
        if (!source.getSection().getCode().equals(actor.sectionCode())) {
            throw new ForbiddenException(messages.get("document.copy.otherSection"));
        }
        CopyPlan<I> plan = type.copyOf(source, preparedYear.year());
        try {
            R created = create(type, plan.input(), messages.get("document.copy.origin", source.getNumber()));
            return new Copied<>(created, source.getNumber(), plan.notes());
        } catch (ValidationException refused) {
            throw new ConflictException(messages.get("document.copy.refused", source.getNumber(),
                refused.violations().stream().map(v -> v.message()).distinct().collect(Collectors.joining("；"))));
        }
    }

    private <D extends ApprovalDocument, I, V, R> R create(DocumentTypeSupport<D, I, V, R> type, I input, String origin) {
        Actor actor = currentActor.get();
        OrgUnit unit = type.unitWide() ? organization.center() : organization.sectionByCode(actor.sectionCode()).orElseThrow();
        if (!unit.isActive()) {
            throw new ConflictException(messages.get("document.sectionDisabled", unit.getName()));
        }
        V valid = type.validateNew(input, actor);
        Instant now = clock.instant();
        int year = type.fiscalYear(input, valid);
        D document = type.newDocument(numbers.next(type.documentType(), year), unit, year, actor.username(), now);
        type.apply(document, valid, now);
        documents.saveAndFlush(document);
        R created = type.details(document);
        audit.created(actor, document, origin + type.describe(document), type.snapshot(created, messages));
        return created;
    }

    <D extends ApprovalDocument, I, V, R> R update(DocumentTypeSupport<D, I, V, R> type, long id, Long expectedVersion,
            I input) {
        Actor actor = currentActor.get();
        D document = editable(type, id, expectedVersion, actor);
        V valid = type.validateEdit(input, document);
        String before = type.describe(document);
        var beforeContent = type.snapshot(type.details(document), messages);
        type.apply(document, valid, clock.instant());
        documents.flush();
        R edited = type.details(document);
        audit.edited(actor, document, before + " → " + type.describe(document), beforeContent, type.snapshot(edited, messages));
        return edited;
    }

    <D extends ApprovalDocument, R> R get(DocumentTypeSupport<D, ?, ?, R> type, long id) {
        return type.details(access.visible(id, type.entityType(), currentActor.get()));
    }

    /** The documents of these ids the caller may read, read back together (see {@link DocumentTypeSupport#detailsOfAll}). */
    <D extends ApprovalDocument, R> List<R> getAll(DocumentTypeSupport<D, ?, ?, R> type, Collection<Long> ids) {
        return type.detailsOfAll(access.visibleAll(ids, type.entityType(), currentActor.get()));
    }

    /** Submits or resubmits; the answer is read after the status change is flushed, with its new version. */
    <D extends ApprovalDocument, R> R submit(DocumentTypeSupport<D, ?, ?, R> type, long id) {
        Actor actor = currentActor.get();
        D document = access.visible(id, type.entityType(), actor);
        access.requireDrafter(document, actor);
        if (document.getStatus().isEditable()) {
            type.beforeSubmit(document);
        }
        lifecycle.submit(id, type.entityType());
        documents.flush();
        return type.details(document);
    }

    <D extends ApprovalDocument, R> R withdraw(DocumentTypeSupport<D, ?, ?, R> type, long id) {
        lifecycle.withdraw(id, type.entityType());
        documents.flush();
        return get(type, id);
    }

    private <D extends ApprovalDocument> D editable(DocumentTypeSupport<D, ?, ?, ?> type, long id, Long expectedVersion,
            Actor actor) {
        D document = access.visible(id, type.entityType(), actor);
        access.requireDrafter(document, actor);
        if (expectedVersion != null && expectedVersion != document.getVersion()) {
            throw new ConflictException(messages.get("doctype." + type.messageKey() + ".stale",
                String.valueOf(document.getVersion())));
        }
        if (!document.getStatus().isEditable()) {
            throw new ConflictException(messages.get("doctype." + type.messageKey() + ".notEditable",
                messages.get(document.getStatus().labelKey())));
        }
        return document;
    }
}
