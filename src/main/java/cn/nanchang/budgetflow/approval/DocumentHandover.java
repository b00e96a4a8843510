package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.notification.NotificationKind;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.OpenTask;
import cn.nanchang.budgetflow.workflow.TaskHandover;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转办 and 委派 of review tasks, on every document type. Whoever may act on a task (its assignee,
 * or a member of its group while nobody has claimed it) may hand it on, with a reason:
 * <ul>
 * <li>转办 only to someone allowed at that step: an enabled member of the task's candidate group;</li>
 * <li>委派 to any enabled colleague who may read the document (its section's staff and head, finance,
 * the director, the bureau reviewer), never an auditor or administrator.</li>
 * </ul>
 * Never to oneself, and never to the document's drafter. The delegate resolves the task with an
 * opinion; it then comes back to its owner, who confirms and decides (待确认).
 */
@Service
@Transactional
@Roles.Reviewer
public class DocumentHandover {

    private final ApprovalTasks tasks;
    private final TaskHandover handover;
    private final DocumentAccess access;
    private final DocumentAudit audit;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final ActingScope scopes;
    private final WorkNotices notices;
    private final Messages messages;

    DocumentHandover(ApprovalTasks tasks, TaskHandover handover, DocumentAccess access, DocumentAudit audit,
            OrganizationService organization, CurrentActor currentActor, ActingScope scopes, WorkNotices notices,
            Messages messages) {
        this.messages = messages;
        this.scopes = scopes;
        this.notices = notices;
        this.tasks = tasks;
        this.handover = handover;
        this.access = access;
        this.audit = audit;
        this.organization = organization;
        this.currentActor = currentActor;
    }

    /** The people this task may be transferred to: the other enabled members of its candidate groups. */
    @Transactional(readOnly = true)
    public List<AppUser> transferTargets(String taskId) {
        Actor actor = currentActor.get();
        OpenTask task = reviewTask(taskId, actor);
        return eligible(actor, task, inGroupOf(handover.candidateGroups(taskId)));
    }

    /** The people this task may be delegated to: enabled colleagues who may read the document. */
    @Transactional(readOnly = true)
    public List<AppUser> delegateTargets(String taskId) {
        Actor actor = currentActor.get();
        OpenTask task = reviewTask(taskId, actor);
        return eligible(actor, task, readerOf(access.visible(task.documentId(), actor)));
    }

    /** {@link #transferTargets}, with why there is no one when the step's groups have no other member. */
    @Transactional(readOnly = true)
    public Eligible transferChoice(String taskId) {
        return Eligible.of(transferTargets(taskId), messages.get("handover.error.transferNobody"));
    }

    /** {@link #delegateTargets}, with why there is no one. */
    @Transactional(readOnly = true)
    public Eligible delegateChoice(String taskId) {
        return Eligible.of(delegateTargets(taskId), messages.get("handover.error.delegateNobody"));
    }

    /** 转办: the task goes to {@code target} for good. */
    public void transfer(String taskId, String target, String reason) {
        String checked = checkedReason(reason, messages.get("handover.error.transferReason"), messages);
        Actor actor = currentActor.get();
        OpenTask task = reviewTask(taskId, actor);
        AppUser to = chosen(target, transferTargets(taskId), messages.get("handover.error.transferRefused"), messages);
        Optional<String> principal = scopes.principalFor(task, scopes.of(actor));
        handover.transfer(task, to.getUsername(), checked);
        record(AuditAction.TRANSFER, actor, task, checked, "转办给：" + to.getDisplayName(), principal);
        notices.handedOver(to.getUsername(), NotificationKind.TRANSFERRED, task.documentId(), task.step());
    }

    /** 委派: {@code target} handles the task and gives it back to the current user to confirm. */
    public void delegate(String taskId, String target, String reason) {
        String checked = checkedReason(reason, messages.get("handover.error.delegateReason"), messages);
        Actor actor = currentActor.get();
        OpenTask task = reviewTask(taskId, actor);
        AppUser to = chosen(target, delegateTargets(taskId), messages.get("handover.error.delegateRefused"), messages);
        Optional<String> principal = scopes.principalFor(task, scopes.of(actor));
        handover.delegate(task, actor.username(), to.getUsername(), checked);
        record(AuditAction.DELEGATE, actor, task, checked, "委派给：" + to.getDisplayName(), principal);
        notices.handedOver(to.getUsername(), NotificationKind.DELEGATED, task.documentId(), task.step());
    }

    /** The delegate gives the task back to its owner with their opinion. */
    @Roles.Participant
    public void resolve(String taskId, String opinion) {
        String checked = checkedReason(opinion, messages.get("handover.error.resolveOpinion"), messages);
        Actor actor = currentActor.get();
        OpenTask task = tasks.actionable(taskId, actor.username(), actor.groups());
        if (!task.isWithDelegate() || !actor.username().equals(task.assignee())) {
            throw new ConflictException(messages.get("handover.error.notDelegatedToYou"));
        }
        handover.resolve(task, checked);
        record(AuditAction.DELEGATE_RESOLVE, actor, task, checked, "交回委派人：" + organization.displayName(task.owner()),
            Optional.empty());
        notices.handedOver(task.owner(), NotificationKind.DELEGATION_RESOLVED, task.documentId(), task.step());
    }

    private OpenTask reviewTask(String taskId, Actor actor) {
        ActingScope.Scope scope = scopes.of(actor);
        OpenTask task = tasks.actionable(taskId, scope.usernames(), scope.groups());
        if (!task.step().isReview()) {
            throw new ConflictException(messages.get("handover.error.reviseTask"));
        }
        if (task.isWithDelegate()) {
            throw new ConflictException(messages.get("handover.error.withDelegate"));
        }
        return task;
    }

    private List<AppUser> eligible(Actor actor, OpenTask task, Predicate<AppUser> allowedAtStep) {
        String drafter = access.visible(task.documentId(), actor).getDrafter();
        return organization.documentReaders().stream()
            .filter(u -> u.getRole() != Role.AUDITOR)
            .filter(u -> !u.getUsername().equals(actor.username()) && !u.getUsername().equals(drafter))
            .filter(allowedAtStep)
            .toList();
    }

    private static Predicate<AppUser> inGroupOf(List<String> groups) {
        return u -> ApprovalGroups.of(u.getRole(), sectionOf(u)).stream().anyMatch(groups::contains);
    }

    private static Predicate<AppUser> readerOf(ApprovalDocument document) {
        String section = document.getSection().getCode();
        return u -> u.getRole().seesAllSections() || section.equals(sectionOf(u));
    }

    private static String sectionOf(AppUser user) {
        return user.getSection() == null ? null : user.getSection().getCode();
    }

    static AppUser chosen(String target, List<AppUser> eligible, String refusal, Messages messages) {
        if (target == null || target.isBlank()) {
            throw ValidationException.of("target", messages.get("handover.error.noTarget"));
        }
        return eligible.stream().filter(u -> u.getUsername().equals(target.strip())).findFirst()
            .orElseThrow(() -> ValidationException.of("target", refusal));
    }

    static String checkedReason(String reason, String missingMessage, Messages messages) {
        String checked = DocumentOperations.checkedReason(reason, missingMessage, messages);
        if (InputChecks.hasControlCharacters(reason)) {
            throw ValidationException.of("reason", InputChecks.controlCharacterMessage(messages.get("handover.label.reason")));
        }
        return checked;
    }

    private void record(AuditAction action, Actor actor, OpenTask task, String reason, String details, Optional<String> principal) {
        ApprovalDocument document = access.visible(task.documentId(), actor);
        String status = document.getStatus().name();
        audit.record(scopes.attributed(audit.about(action, actor, document).task(task.taskId(), task.step().name()).comment(reason)
            .status(status, status).details(details), principal));
    }
}
