package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.ProcessHistory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditors' search over every document of every section and where its approval stands.
 * The person filter finds documents the person drafted and documents on which the audit log
 * records them acting (claiming, deciding, withdrawing, …).
 */
@Service
@Transactional(readOnly = true)
@Roles.Auditor
public class AuditorSearch {

    /** The most rows one export holds; the engine's query limit is the same. */
    public static final int MAX_EXPORT_ROWS = 10_000;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final DocumentLookup documents;
    private final DocumentQueries queries;
    private final AuditLog audit;
    private final OrganizationService organization;
    private final ProcessHistory processes;
    private final Messages messages;

    AuditorSearch(DocumentLookup documents, DocumentQueries queries, AuditLog audit, OrganizationService organization,
            ProcessHistory processes, Messages messages) {
        this.documents = documents;
        this.queries = queries;
        this.audit = audit;
        this.organization = organization;
        this.processes = processes;
        this.messages = messages;
    }

    public List<AuditedDocument> search(AuditSearchFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        return find(filter, PageRequest.of(Math.max(0, offset) / size, size, NEWEST_FIRST));
    }

    public long count(AuditSearchFilter filter) {
        return documents.count(spec(filter));
    }

    /** Every match up to {@link #MAX_EXPORT_ROWS}, newest first, for an export. */
    List<AuditedDocument> all(AuditSearchFilter filter) {
        return find(filter, PageRequest.of(0, MAX_EXPORT_ROWS, NEWEST_FIRST));
    }

    private List<AuditedDocument> find(AuditSearchFilter filter, PageRequest page) {
        List<ApprovalDocument> found = documents.find(spec(filter), page);
        Map<Long, List<ApprovalStep>> steps = processes.currentSteps(found.stream().map(ApprovalDocument::getId).toList());
        return found.stream()
            .map(d -> new AuditedDocument(queries.summary(d), d.getCreatedAt(), steps.getOrDefault(d.getId(), List.of())))
            .toList();
    }

    private Specification<ApprovalDocument> spec(AuditSearchFilter filter) {
        validate(filter);
        boolean byPerson = filter.person() != null && !filter.person().isBlank();
        Set<String> people = byPerson ? organization.usernamesMatching(filter.person()) : null;
        Set<Long> actedOn = byPerson ? audit.documentsActedOnBy(people) : Set.of();
        return AuditSearchSpecs.of(filter, people, actedOn);
    }

    /**
     * Amounts are stored as DECIMAL(18,2): a bound outside that range is a typing error, and the
     * database would fail on it (1e99999 is a valid BigDecimal) instead of finding nothing.
     */
    private void checkAmount(java.math.BigDecimal yuan, String field) {
        if (yuan != null && (yuan.abs().compareTo(MAX_AMOUNT_BOUND) > 0 || yuan.stripTrailingZeros().scale() > 2)) {
            throw ValidationException.of(field, messages.get("auditSearch.error.amount"));
        }
    }

    private static final java.math.BigDecimal MAX_AMOUNT_BOUND = new java.math.BigDecimal("9999999999999999.99");

    private void validate(AuditSearchFilter f) {
        if (f.person() != null && f.person().strip().length() > 50) {
            throw ValidationException.of("person", messages.get("auditSearch.error.personTooLong"));
        }
        if (f.createdFrom() != null && f.createdTo() != null && f.createdFrom().isAfter(f.createdTo())) {
            throw ValidationException.of("to", messages.get("auditSearch.error.dates"));
        }
        checkAmount(f.minYuan(), "minAmount");
        checkAmount(f.maxYuan(), "maxAmount");
        if (f.minYuan() != null && f.maxYuan() != null && f.minYuan().compareTo(f.maxYuan()) > 0) {
            throw ValidationException.of("maxAmount", messages.get("auditSearch.error.amountRange"));
        }
    }
}
