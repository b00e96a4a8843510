package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentVoided;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalOperations;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.OpenTask;
import cn.nanchang.budgetflow.workflow.ResubmitMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退回 to an earlier step, 撤回 of one's own approval and 作废 of a document, on every document
 * type. Each needs a reason and leaves an audit entry in the same transaction.
 */
@Service
@Transactional
@Roles.Participant
public class DocumentOperations {

    public static final int MAX_REASON_LENGTH = InputChecks.MAX_REASON_LENGTH;

    private final ApprovalOperations operations;
    private final ApprovalTasks tasks;
    private final DocumentAccess access;
    private final DocumentAudit audit;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final ActingScope scopes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DocumentOperations(ApprovalOperations operations, ApprovalTasks tasks, DocumentAccess access, DocumentAudit audit,
            CurrentActor currentActor, Messages messages, ActingScope scopes, Clock clock, ApplicationEventPublisher events) {
        this.scopes = scopes;
        this.events = events;
        this.operations = operations;
        this.tasks = tasks;
        this.access = access;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where the holder of this task may return the document: its drafter first, then the steps already passed. */
    @Transactional(readOnly = true)
    public List<ApprovalStep> returnTargets(String taskId) {
        Actor actor = currentActor.get();
        ActingScope.Scope scope = scopes.of(actor);
        return operations.returnTargets(tasks.actionable(taskId, scope.usernames(), scope.groups()));
    }

    /** Whether a returned document of this type goes straight back to the step that returned it. */
    @Transactional(readOnly = true)
    @Roles.SignedIn
    public ResubmitMode resubmitMode(DocumentType type) {
        return operations.resubmitMode(type);
    }

    /** The reviewer's 退回 to an earlier review step; called by {@link DocumentReview#decide} once the decision is checked. */
    DocumentStatus returnToStep(OpenTask task, Actor actor, ApprovalStep target, String comment) {
        if (task.step() == ApprovalStep.COLLECTIVE_DECISION) {
            throw ValidationException.of("returnTo", messages.get("operations.error.collectiveReturn"));
        }
        if (!operations.returnTargets(task).contains(target)) {
            throw ValidationException.of("returnTo", messages.get("operations.error.returnTarget"));
        }
        ApprovalDocument document = access.visible(task.documentId(), actor);
        DocumentStatus before = document.getStatus();
        Optional<String> principal = scopes.principalFor(task, scopes.of(actor));
        DocumentReview.requireSeparateFromDrafter(document, actor, principal);
        tasks.requireSeparateDuties(task, actor.username());
        operations.returnToStep(task, actor.username(), target, comment);
        audit.record(scopes.attributed(audit.about(AuditAction.RETURN_TO_STEP, actor, document).task(task.taskId(), task.step().name())
            .comment(comment).status(before.name(), document.getStatus().name())
            .details(messages.get("ops.returnedTo", messages.get(target.labelKey()))), principal));
        return document.getStatus();
    }

    /** The step whose approval the current user may still take back on this document, if any. */
    @Transactional(readOnly = true)
    public Optional<ApprovalStep> withdrawableApproval(long documentId) {
        Actor actor = currentActor.get();
        return withdrawableApproval(access.visible(documentId, actor), actor);
    }

    /** {@link #withdrawableApproval(long)} on a document already checked with {@link DocumentAccess#visible}. */
    @Transactional(readOnly = true)
    Optional<ApprovalStep> withdrawableApproval(ApprovalDocument document, Actor actor) {
        if (document.getStatus() != DocumentStatus.IN_REVIEW) {
            return Optional.empty();
        }
        return operations.withdrawableApproval(document.getId(), actor.username());
    }

    /** 撤回: the approver takes their approval back; the task comes back to them. */
    @Roles.Reviewer
    public ApprovalStep withdrawApproval(long documentId, String reason) {
        String checked = checkedReason(reason, messages.get("operations.error.withdrawReason"), messages);
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(documentId, actor);
        if (document.getStatus() != DocumentStatus.IN_REVIEW) {
            throw new ConflictException(messages.get("operations.error.notInReview"));
        }
        Optional<String> principal = operations.withdrawableApproval(documentId, actor.username())
            .flatMap(s -> scopes.principalOfEarlier(documentId, AuditAction.APPROVE, s.name(), actor));
        ApprovalStep step = operations.withdrawApproval(documentId, actor.username());
        audit.record(scopes.attributed(audit.about(AuditAction.WITHDRAW_APPROVAL, actor, document).task(null, step.name()).comment(checked)
            .status(document.getStatus().name(), document.getStatus().name()), principal));
        return step;
    }

    /** Whether the current user could void the document now; for showing the button. */
    @Transactional(readOnly = true)
    public boolean canVoid(long documentId) {
        Actor actor = currentActor.get();
        return canVoid(access.visible(documentId, actor), actor);
    }

    /** {@link #canVoid(long)} on a document already checked with {@link DocumentAccess#visible}. */
    @Transactional(readOnly = true)
    boolean canVoid(ApprovalDocument document, Actor actor) {
        return document.getDrafter().equals(actor.username()) && !document.getStatus().isFinal();
    }

    /**
     * 作废: the drafter ends the document for good, with a reason. A running approval is ended with
     * that reason; the document is locked as VOIDED and reserves nothing any more.
     */
    @Roles.Drafter
    public ApprovalDocument voidDocument(long documentId, String reason) {
        String checked = checkedReason(reason, messages.get("operations.error.voidReason"), messages);
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(documentId, actor);
        access.requireDrafter(document, actor);
        DocumentStatus before = document.getStatus();
        if (before.isFinal()) {
            throw new ConflictException(messages.get(before == DocumentStatus.APPROVED ? "operations.error.voidApproved" : "operations.error.alreadyVoid"));
        }
        operations.voidApproval(documentId, checked);
        // no process milestone exists for this: the approval was deleted with its listeners skipped
        document.moveTo(DocumentStatus.VOIDED, clock.instant());
        events.publishEvent(new DocumentVoided(documentId, document.getNumber(), checked, actor.username()));
        audit.record(audit.about(AuditAction.VOID, actor, document).comment(checked)
            .status(before.name(), DocumentStatus.VOIDED.name()));
        return document;
    }

    static String checkedReason(String reason, String missingMessage, Messages messages) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", missingMessage);
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw ValidationException.of("reason", messages.get("operations.error.reasonTooLong", MAX_REASON_LENGTH));
        }
        return reason.strip();
    }
}
