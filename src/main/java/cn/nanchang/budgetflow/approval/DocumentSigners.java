package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.AddedSigners;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签 before or after oneself and 减签, on every document type. The holder of a review task adds
 * an enabled reviewer (科长, 财务, 主任, 数据局) who may read the document — not themselves, never
 * the drafter — with a reason. Before: their task waits until the added signer has approved.
 * After: their approval counts now (audited as an approval) and the added signer signs before the
 * next step; not at the last step. The one who added a signer may remove them while they have
 * not acted (减签). An added signer approves (the approval resumes) or returns, as any reviewer.
 */
@Service
@Transactional
@Roles.Reviewer
public class DocumentSigners {

    /** 前加签 or 后加签. */
    public enum Position { BEFORE, AFTER }

    private final AddedSigners signers;
    private final DocumentReview review;
    private final DocumentAccess access;
    private final DocumentAudit audit;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Messages messages;

    DocumentSigners(AddedSigners signers, DocumentReview review, DocumentAccess access, DocumentAudit audit,
            OrganizationService organization, CurrentActor currentActor, Messages messages) {
        this.signers = signers;
        this.messages = messages;
        this.review = review;
        this.access = access;
        this.audit = audit;
        this.organization = organization;
        this.currentActor = currentActor;
    }

    /** Whom the holder of this task may add as signer. */
    @Transactional(readOnly = true)
    public List<AppUser> signerTargets(String taskId) {
        Actor actor = currentActor.get();
        OpenTask task = ordinaryTask(taskId, actor);
        ApprovalDocument document = access.visible(task.documentId(), actor);
        String section = document.getSection().getCode();
        // 不相容岗位分离: one who decided a step of this approval cannot sign for another
        java.util.Set<String> deciders = review.decidersOfApproval(task);
        return organization.documentReaders().stream()
            .filter(u -> !deciders.contains(u.getUsername()))
            .filter(u -> ApprovalProxies.REVIEWERS.contains(u.getRole()))
            .filter(u -> u.getRole().seesAllSections() || u.getSection() != null && section.equals(u.getSection().getCode()))
            .filter(u -> !u.getUsername().equals(actor.username()) && !u.getUsername().equals(document.getDrafter()))
            .toList();
    }

    /** {@link #signerTargets}, with why there is no one. */
    @Transactional(readOnly = true)
    public Eligible signerChoice(String taskId) {
        return Eligible.of(signerTargets(taskId), messages.get("signers.error.nobody"));
    }

    /** 加签: adds {@code target} before or after the current user's step on this task. */
    public void addSigner(String taskId, String target, Position position, String reason) {
        String checked = DocumentHandover.checkedReason(reason, messages.get("signers.error.addReason"), messages);
        if (position == null) {
            throw ValidationException.of("position", messages.get("signers.error.position"));
        }
        Actor actor = currentActor.get();
        OpenTask task = ordinaryTask(taskId, actor);
        AppUser signer = DocumentHandover.chosen(target, signerTargets(taskId),
            messages.get("signers.error.refused"), messages);
        ApprovalDocument document = access.visible(task.documentId(), actor);
        DocumentStatus before = document.getStatus();
        // whom the actor acts for is read before the step's task makes way for the signer's
        Optional<String> principal = review.principalFor(task, actor);
        if (position == Position.BEFORE) {
            signers.addBefore(task, actor.username(), signer.getUsername(), checked);
        } else {
            signers.addAfter(task, actor.username(), signer.getUsername(), checked);
            audit.record(review.attributed(audit.about(AuditAction.APPROVE, actor, document).task(taskId, task.step().name()).comment(checked)
                .status(before.name(), document.getStatus().name()), principal));
        }
        audit.record(review.attributed(audit.about(AuditAction.ADD_SIGNER, actor, document).task(taskId, task.step().name()).comment(checked)
            .status(before.name(), document.getStatus().name())
            .details((position == Position.BEFORE ? "前加签：" : "后加签：") + signer.getDisplayName()), principal));
    }

    /** The signer the current user added on this document and may still remove, if any. */
    @Transactional(readOnly = true)
    @Roles.Participant
    public Optional<String> removableSigner(long documentId) {
        Actor actor = currentActor.get();
        return removableSigner(access.visible(documentId, actor), actor);
    }

    /** {@link #removableSigner(long)} on a document already checked with {@link DocumentAccess#visible}; drafters ask too. */
    @Transactional(readOnly = true)
    @Roles.Participant
    Optional<String> removableSigner(ApprovalDocument document, Actor actor) {
        return signers.addedSignerOn(document.getId()).filter(a -> actor.username().equals(a.addedBy()))
            .map(a -> organization.displayName(a.signer()));
    }

    /** 减签: the added signer, who has not acted, is taken out and the approval resumes at its step. */
    public ApprovalStep removeSigner(long documentId, String reason) {
        String checked = DocumentHandover.checkedReason(reason, messages.get("signers.error.removeReason"), messages);
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(documentId, actor);
        String signer = removableSigner(documentId)
            .orElseThrow(() -> new ConflictException(messages.get("signers.error.noneRemovable")));
        Optional<String> principal = review.principalOfEarlier(documentId, AuditAction.ADD_SIGNER, actor);
        ApprovalStep resumed = signers.remove(documentId, actor.username());
        String status = document.getStatus().name();
        audit.record(review.attributed(audit.about(AuditAction.REMOVE_SIGNER, actor, document).task(null, resumed.name()).comment(checked)
            .status(status, status).details("减签：" + signer), principal));
        return resumed;
    }

    private OpenTask ordinaryTask(String taskId, Actor actor) {
        OpenTask task = review.actionable(taskId, actor);
        if (!task.step().isReview() || task.step() == ApprovalStep.ADDED_SIGNER_REVIEW
                || task.step() == ApprovalStep.COLLECTIVE_DECISION || task.isWithDelegate()) {
            throw new ConflictException(messages.get("signers.error.notHere"));
        }
        return task;
    }
}
