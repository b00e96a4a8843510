package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Documents by id or by search, without an access check, for the services of the approval and
 * workbench modules, which check the reader themselves (the repository stays private to this
 * module). A view never reaches this; it asks a service, which checks the reader first.
 */
@Component
public class DocumentLookup {

    private final DocumentRepository documents;

    DocumentLookup(DocumentRepository documents) {
        this.documents = documents;
    }

    public Optional<ApprovalDocument> find(long id) {
        return documents.findById(id);
    }

    /** Ids of documents in these states whose number or section name is like the pattern, or drafted by one of these people. */
    public List<Long> openMatching(String pattern, Collection<String> drafters, Collection<DocumentStatus> statuses,
            Pageable page) {
        return documents.openMatching(pattern, drafters, statuses, page);
    }

    /** How many documents belong to the section with this code, e.g. so that such a section is never deleted. */
    public long countInSection(String sectionCode) {
        return documents.count((root, query, cb) -> cb.equal(root.get("section").get("code"), sectionCode));
    }

    public long count(Specification<ApprovalDocument> spec) {
        return documents.count(spec);
    }

    public List<ApprovalDocument> find(Specification<ApprovalDocument> spec, Pageable page) {
        return documents.findAll(spec, page).getContent();
    }
}
