package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one document type supplies to the shared drafting steps of {@link DocumentTypeService}:
 * its entity, how its input is checked and applied, how it reads back, and how the audit log
 * compares two versions. Everything else (access, drafter, version, editable status, audit,
 * submit and withdraw) is the same for every type and lives in {@link DocumentDrafting}.
 *
 * @param <D> the entity
 * @param <I> the input as the editor and the API send it
 * @param <V> the input once checked, ready to apply
 * @param <R> the document as pages and the API read it
 */
public abstract class DocumentTypeSupport<D extends ApprovalDocument, I, V, R> {

    /** How a type makes its new, empty entity: its constructor. */
    @FunctionalInterface
    public interface NewDocument<D> {
        D create(String number, OrgUnit section, int fiscalYear, String drafter, Instant now);
    }

    private final Class<D> entityType;
    private final DocumentType documentType;
    private final String messageKey;
    private final NewDocument<D> newDocument;
    private final Function<D, R> reader;
    private final BiFunction<R, Messages, DocumentSnapshot> snapshot;

    /**
     * @param messageKey the middle part of the type's message keys {@code doctype.<key>.stale} (someone
     *                   else changed it; {0} the current version) and {@code doctype.<key>.notEditable}
     *                   ({0} the status label)
     * @param reader     the document as pages and the API read it
     * @param snapshot   its contents as the audit log compares them, field by field, labelled as the editor labels them
     */
    protected DocumentTypeSupport(Class<D> entityType, DocumentType documentType, String messageKey,
            NewDocument<D> newDocument, Function<D, R> reader, BiFunction<R, Messages, DocumentSnapshot> snapshot) {
        this.entityType = entityType;
        this.documentType = documentType;
        this.messageKey = messageKey;
        this.newDocument = newDocument;
        this.reader = reader;
        this.snapshot = snapshot;
    }

    /** Checks the input of a new document of the actor's section; throws a ValidationException naming each field. */
    protected abstract V validateNew(I input, Actor actor);

    /** Checks the input of an edit, including that the fiscal year stays; throws a ValidationException. */
    protected abstract V validateEdit(I input, D document);

    /** The fiscal year of a new document, from its checked input. */
    protected abstract int fiscalYear(I input, V valid);

    /** Replaces the document's contents by the checked input. */
    protected abstract void apply(D document, V valid, Instant now);

    /** A one-line summary for the audit entry's details (stored data: it stays as it was written). */
    protected abstract String describe(D document);

    /**
     * The input of a new document of {@code fiscalYear} copied from {@code source}, a document of the
     * caller's own section, with a note for whatever does not carry over. Throws a ConflictException
     * naming the reason when this source may not be copied (e.g. not approved, not of last year).
     * Only types whose service offers a copy override this.
     */
    protected CopyPlan<I> copyOf(D source, int fiscalYear) {
        throw new UnsupportedOperationException(documentType + " documents are not copied");
    }

    /** Checks that only hold at submission, such as a funding line not overdrawn meanwhile; none by default. */
    protected void beforeSubmit(D document) {
    }

    /**
     * Whether a new document belongs to the whole unit (the center) rather than to its drafter's
     * section: the unit's proposal, which 财务 drafts for every section. No by default.
     */
    protected boolean unitWide() {
        return false;
    }

    final Class<D> entityType() {
        return entityType;
    }

    final DocumentType documentType() {
        return documentType;
    }

    final String messageKey() {
        return messageKey;
    }

    final R details(D document) {
        return reader.apply(document);
    }

    /**
     * Several documents read back at once. By default one by one; a type whose reading queries more
     * (funding lines, names) overrides it to ask once for all of them.
     */
    protected List<R> detailsOfAll(List<D> documents) {
        return documents.stream().map(this::details).toList();
    }

    final DocumentSnapshot snapshot(R details, Messages messages) {
        return snapshot.apply(details, messages);
    }

    final D newDocument(String number, OrgUnit section, int fiscalYear, String drafter, Instant now) {
        return newDocument.create(number, section, fiscalYear, drafter, now);
    }
}
