package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import cn.nanchang.budgetflow.workflow.ApprovalProcesses;
import cn.nanchang.budgetflow.workflow.ApprovalRequest;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submit, resubmit and withdraw, for every document type. The document's status is never set
 * here directly: the process sets it through its milestones, in this same transaction.
 */
@Service
@Transactional
public class DocumentLifecycle {

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final DocumentAudit audit;
    private final ApprovalProcesses processes;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Messages messages;

    DocumentLifecycle(DocumentRepository documents, DocumentAccess access, DocumentAudit audit,
            ApprovalProcesses processes, CurrentActor currentActor, Clock clock, Messages messages) {
        this.messages = messages;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
        this.processes = processes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Sends a draft into approval, or a returned document back into it. */
    @Roles.Drafter
    public ApprovalDocument submit(long id) {
        return submit(id, ApprovalDocument.class);
    }

    /**
     * The same, for a document that must be of the given type: an endpoint of one type never acts
     * on a document of another, whose id is answered as not found.
     */
    @Roles.Drafter
    public ApprovalDocument submit(long id, Class<? extends ApprovalDocument> type) {
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(id, type, actor);
        access.requireDrafter(document, actor);
        DocumentStatus before = document.getStatus();
        ApprovalRequest request = requestFor(document);
        switch (before) {
            case DRAFT -> processes.start(request);
            case RETURNED -> processes.resubmit(request);
            default -> throw new ConflictException(messages.get("document.error.notSubmittable"));
        }
        audit.transition(before == DocumentStatus.DRAFT ? AuditAction.SUBMIT : AuditAction.RESUBMIT,
            actor, document, before, null);
        return document;
    }

    /** What the engine routes a document on: its type, section, drafter, amount and the facts its type adds. */
    public static ApprovalRequest requestFor(ApprovalDocument document) {
        return new ApprovalRequest(document.documentType(), document.getId(), document.getSection().getCode(),
            document.getDrafter(), document.total(), document.routingFacts());
    }

    /** Takes a submitted document back before its first reviewer has decided. */
    @Roles.Drafter
    public ApprovalDocument withdraw(long id) {
        return withdraw(id, ApprovalDocument.class);
    }

    /** The same, for a document that must be of the given type (see {@link #submit(long, Class)}). */
    @Roles.Drafter
    public ApprovalDocument withdraw(long id, Class<? extends ApprovalDocument> type) {
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(id, type, actor);
        access.requireDrafter(document, actor);
        if (document.getStatus() != DocumentStatus.IN_REVIEW || !processes.isWithdrawable(id)) {
            throw new ConflictException(messages.get("document.error.notWithdrawable"));
        }
        DocumentStatus before = document.getStatus();
        processes.withdraw(id);
        audit.transition(AuditAction.WITHDRAW, actor, document, before, null);
        return document;
    }

    /** Whether the current user could withdraw the document now; for showing the button. */
    @Transactional(readOnly = true)
    public boolean canWithdraw(long id) {
        Actor actor = currentActor.get();
        return canWithdraw(access.visible(id, actor), actor);
    }

    /** {@link #canWithdraw(long)} for a document the caller already has from {@link DocumentAccess#visible}. */
    @Transactional(readOnly = true)
    public boolean canWithdraw(ApprovalDocument document, Actor actor) {
        return document.getDrafter().equals(actor.username())
            && document.getStatus() == DocumentStatus.IN_REVIEW && processes.isWithdrawable(document.getId());
    }

    /** The process reached a milestone: move the document's status, inside the engine's transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMilestone(ApprovalMilestone milestone) {
        ApprovalDocument document = documents.findById(milestone.documentId())
            .orElseThrow(() -> new NotFoundException(messages.get("document.error.notFound", milestone.documentId())));
        document.moveTo(milestone.status(), clock.instant());
    }
}
