package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's history, from the audit log, for whoever may see the document: the entries, the
 * reason it is back with its drafter. The workbench module exports it with its history.
 */
@Service
@Transactional(readOnly = true)
@Roles.Reader
public class DocumentHistory {

    private final DocumentAccess access;
    private final AuditLog audit;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final ChangeText changeText;

    DocumentHistory(DocumentAccess access, AuditLog audit, OrganizationService organization, CurrentActor currentActor,
            ChangeText changeText) {
        this.access = access;
        this.audit = audit;
        this.organization = organization;
        this.currentActor = currentActor;
        this.changeText = changeText;
    }

    public List<HistoryEntry> of(long documentId) {
        return of(access.visible(documentId, currentActor.get()));
    }

    /** {@link #of(long)} for a document the caller already has from {@link DocumentAccess#visible}, such as a page's read model. */
    public List<HistoryEntry> of(ApprovalDocument document) {
        return audit.documentTrail(document.getId()).stream().map(this::toEntry).toList();
    }

    /**
     * Why the document is back with its drafter, while it is (status RETURNED): the latest return
     * to the drafter. Empty for a document in any other status.
     */
    public Optional<ReturnNotice> latestReturn(long documentId) {
        return latestReturn(access.visible(documentId, currentActor.get()));
    }

    /** {@link #latestReturn(long)} for a document the caller already has from {@link DocumentAccess#visible}. */
    public Optional<ReturnNotice> latestReturn(ApprovalDocument document) {
        if (document.getStatus() != DocumentStatus.RETURNED) {
            return Optional.empty();
        }
        return ReturnNotice.latestIn(audit.documentTrail(document.getId()), organization::displayName);
    }

    /** {@link #latestReturn}, for the drafter only: what their editor shows above the form. */
    public Optional<ReturnNotice> latestReturnToMe(long documentId) {
        ApprovalDocument document = access.visible(documentId, currentActor.get());
        return document.getDrafter().equals(currentActor.get().username()) ? latestReturn(documentId) : Optional.empty();
    }

    private HistoryEntry toEntry(AuditEntry e) {
        return new HistoryEntry(e.getOccurredAt(), e.getActor(), organization.displayName(e.getActor()), e.getActorRole(),
            e.getAction(), e.getStep(), e.getComment(), e.getStatusBefore(), e.getStatusAfter(), e.getDetails(),
            changeText.of(e.getChanges()), e.getOnBehalfOf());
    }
}
