package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.security.Roles;
import java.util.Collection;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public service of one document type: create, update, read, submit and withdraw, each the
 * transaction and security boundary, running the steps all types share ({@link DocumentDrafting})
 * with what this type supplies ({@link DocumentTypeSupport}). A type's service extends this and
 * adds only what is its own, such as the editor's live totals.
 */
@Transactional
public abstract class DocumentTypeService<D extends ApprovalDocument, I, V, R> {

    private final DocumentDrafting drafting;
    private final DocumentTypeSupport<D, I, V, R> type;

    protected DocumentTypeService(DocumentDrafting drafting, DocumentTypeSupport<D, I, V, R> type) {
        this.drafting = drafting;
        this.type = type;
    }

    /** Creates a document of the current 科员's section from the input, as the editor, the API or demo data do. */
    @Roles.Staff
    public R create(I input) {
        return drafting.create(type, input);
    }

    /**
     * Replaces the document's contents. {@code expectedVersion}, when given, must be the version
     * the editor read; otherwise someone else changed it meanwhile and the edit is refused.
     */
    @Roles.Staff
    public R update(long id, Long expectedVersion, I input) {
        return drafting.update(type, id, expectedVersion, input);
    }

    @Transactional(readOnly = true)
    @Roles.Reader
    public R get(long id) {
        return drafting.get(type, id);
    }

    /**
     * Creates a document of the caller's section for the year being prepared as a copy of an earlier
     * one of that section, in one transaction; its audit entry names the source. A type's service
     * offers this under its own name and role check, as not every type is copied.
     */
    protected Copied<R> copy(long sourceId) {
        return drafting.copy(type, sourceId);
    }

    /**
     * The documents of these ids that the caller may read, in the order given; the others are left out.
     * A few queries in all, however many ids: for reports that read a year's documents at once.
     */
    @Transactional(readOnly = true)
    @Roles.Reader
    public List<R> getAll(Collection<Long> ids) {
        return drafting.getAll(type, ids);
    }

    /** Submits, or resubmits a returned document. */
    @Roles.Staff
    public R submit(long id) {
        return drafting.submit(type, id);
    }

    /** Takes a submitted document back before its first reviewer has decided. */
    @Roles.Staff
    public R withdraw(long id) {
        return drafting.withdraw(type, id);
    }
}
