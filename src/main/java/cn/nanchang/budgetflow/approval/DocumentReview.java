package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.Decision;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's side: the inbox (待办), claiming, deciding, and what one has handled (已办).
 * A task can be completed only by a member of its candidate group, only once; a return needs
 * a comment. Auditors and administrators act on nothing.
 */
@Service
@Transactional
@Roles.Participant
public class DocumentReview {

    public static final int MAX_COMMENT_LENGTH = 2000;

    private final ApprovalTasks tasks;
    private final DocumentAccess access;
    private final DocumentQueries queries;
    private final DocumentAudit audit;
    private final CurrentActor currentActor;
    private final CollectiveDecisionRepository collectiveDecisions;
    private final DocumentOperations operations;
    private final ActingScope scopes;
    private final OrganizationService organization;
    private final Clock clock;
    private final Worklist worklist;
    private final Messages messages;

    DocumentReview(ApprovalTasks tasks, DocumentAccess access, DocumentQueries queries, DocumentAudit audit,
            CurrentActor currentActor, CollectiveDecisionRepository collectiveDecisions, DocumentOperations operations,
            ActingScope scopes, OrganizationService organization, Clock clock, Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
        this.operations = operations;
        this.scopes = scopes;
        this.organization = organization;
        this.tasks = tasks;
        this.access = access;
        this.queries = queries;
        this.audit = audit;
        this.currentActor = currentActor;
        this.collectiveDecisions = collectiveDecisions;
        this.clock = clock;
    }

    /** The inbox, oldest first; {@link Worklist} filters and orders it. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(int offset, int limit) {
        return worklist.inbox(InboxSearch.ALL, offset, limit);
    }

    @Transactional(readOnly = true)
    public long inboxCount() {
        return worklist.inboxCount(InboxSearch.ALL);
    }

    /** The current user's review task on a document, if any: drives the review form. */
    @Transactional(readOnly = true)
    public Optional<InboxItem> myTaskOn(long documentId) {
        Actor actor = currentActor.get();
        return myTaskOn(access.visible(documentId, actor), actor);
    }

    /** {@link #myTaskOn(long)} on a document already checked with {@link DocumentAccess#visible}. */
    @Transactional(readOnly = true)
    Optional<InboxItem> myTaskOn(ApprovalDocument document, Actor actor) {
        ActingScope.Scope scope = scopes.of(actor);
        return tasks.actionableOn(document.getId(), scope.usernames(), scope.groups())
            .filter(t -> t.step().isReview())
            .map(t -> InboxItem.of(t, queries.summary(document), clock.instant()));
    }

    @Roles.Reviewer
    public void claim(String taskId) {
        Actor actor = currentActor.get();
        OpenTask task = actionable(taskId, actor);
        if (task.assignee() != null) {
            throw new ConflictException(messages.get("review.error.alreadyClaimed"));
        }
        tasks.claim(taskId, actor.username());
        recordTaskAction(AuditAction.CLAIM, actor, task, null);
    }

    @Roles.Reviewer
    public void unclaim(String taskId) {
        Actor actor = currentActor.get();
        OpenTask task = actionable(taskId, actor);
        if (task.assignee() == null) {
            throw new ConflictException(messages.get("review.error.notClaimed"));
        }
        if (task.isWithDelegate()) {
            throw new ConflictException(messages.get("review.error.delegatedUnclaim"));
        }
        tasks.unclaim(taskId);
        recordTaskAction(AuditAction.UNCLAIM, actor, task, null);
    }

    /** Approves or returns; the document's new status is returned. */
    @Roles.Reviewer
    public DocumentStatus decide(String taskId, Decision decision, String comment) {
        return decide(taskId, decision, comment, null);
    }

    /**
     * Approves or returns. At the 主任办公会 step the meeting record is required and stored:
     * APPROVE means the meeting passed the document, RETURN that it did not.
     */
    @Roles.Reviewer
    public DocumentStatus decide(String taskId, Decision decision, String comment, MeetingRecord meeting) {
        return decide(taskId, decision, comment, meeting, null);
    }

    /**
     * Approves or returns; a return goes to the drafter unless {@code returnTo} names an earlier
     * review step this approval has passed (退回到任意已办环节).
     */
    @Roles.Reviewer
    public DocumentStatus decide(String taskId, Decision decision, String comment, MeetingRecord meeting,
            ApprovalStep returnTo) {
        validate(decision, comment, messages);
        Actor actor = currentActor.get();
        ActingScope.Scope scope = scopes.of(actor);
        // The task's document is locked first (found by the task alone, one statement), and who may act is checked
        // under that lock: a concurrent decision has committed by now, and the task is gone or still open. No document
        // (the task is not open): nothing to lock, and actionable answers 404 or 409.
        Optional<Long> documentId = tasks.documentOfOpenTask(taskId);
        documentId.ifPresent(access::lockForDecision);
        OpenTask task = documentId.isPresent() ? tasks.actionable(taskId, documentId.get(), scope.usernames(), scope.groups())
            : tasks.actionable(taskId, scope.usernames(), scope.groups());
        if (!task.step().isReview()) {
            throw new ConflictException(messages.get("review.error.reviseTask"));
        }
        if (task.isWithDelegate()) {
            throw new ConflictException(messages.get(ApprovalTasks.WITH_DELEGATE));
        }
        if (returnTo != null && returnTo != ApprovalStep.REVISE) {
            if (decision != Decision.RETURN) {
                throw ValidationException.of("returnTo", messages.get("review.error.returnToNeedsReturn"));
            }
            return operations.returnToStep(task, actor, returnTo, comment.strip());
        }
        boolean collective = task.step() == ApprovalStep.COLLECTIVE_DECISION;
        if (collective) {
            validateMeeting(meeting);
        }
        ApprovalDocument document = access.visible(task.documentId(), actor);
        Optional<String> principal = scopes.principalFor(task, scope);
        requireSeparateFromDrafter(document, actor, principal);
        String onBehalf = principal.map(p -> "代 " + organization.displayName(p) + " 审批").orElse(null);
        DocumentStatus before = document.getStatus();
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        String details = null;
        if (collective) {
            CollectiveDecision record = collectiveDecisions.save(new CollectiveDecision(document.getId(), taskId, meeting,
                decision == Decision.APPROVE, trimmed, actor.username(), clock.instant()));
            details = record.summary();
        }
        if (onBehalf != null) {
            details = details == null ? onBehalf : onBehalf + "；" + details;
        }
        tasks.complete(task, actor.username(), decision, trimmed);
        AuditAction action = collective ? AuditAction.COLLECTIVE_DECISION
            : decision == Decision.APPROVE ? AuditAction.APPROVE : AuditAction.RETURN;
        audit.record(audit.about(action, actor, document).task(taskId, task.step().name()).comment(trimmed)
            .status(before.name(), document.getStatus().name()).details(details).onBehalfOf(principal.orElse(null)));
        return document.getStatus();
    }

    /**
     * 不相容岗位分离: the drafter approves their own document in no capacity, nor does anyone for them
     * (a proxy acting for the drafter). The engine refuses the drafter too; this says it first, as a 409.
     */
    static void requireSeparateFromDrafter(ApprovalDocument document, Actor actor, Optional<String> principal) {
        if (document.getDrafter().equals(actor.username())) {
            throw new ConflictException(Messages.text("sod.error.ownDocument"));
        }
        if (principal.filter(document.getDrafter()::equals).isPresent()) {
            throw new ConflictException(Messages.text("sod.error.principalsDocument"));
        }
    }

    /**
     * The people of the unit a 主任办公会's record may name as attendees, from the org tree. Outsiders
     * (the bureau's, another department's) are written as free text beside them.
     */
    @Transactional(readOnly = true)
    @Roles.Director
    public Eligible attendeeChoice() {
        return Eligible.of(organization.documentReaders(), messages.get("review.error.noAttendees"));
    }

    /** The collective decisions recorded on a document, oldest first. */
    @Transactional(readOnly = true)
    @Roles.Reader
    public List<CollectiveDecision> collectiveDecisions(long documentId) {
        access.visible(documentId, currentActor.get());
        return collectiveDecisions.findByDocumentIdOrderByIdAsc(documentId);
    }

    @Transactional(readOnly = true)
    public List<HandledItem> handled(int offset, int limit) {
        Actor actor = currentActor.get();
        var done = tasks.handledBy(actor.username(), offset, limit);
        Map<Long, DocumentSummary> docs = queries.summaries(done.stream().map(t -> t.documentId()).collect(Collectors.toSet()));
        return done.stream().filter(t -> docs.containsKey(t.documentId()))
            .map(t -> new HandledItem(t.taskId(), t.step(), t.completed(), docs.get(t.documentId())))
            .toList();
    }

    @Transactional(readOnly = true)
    public long handledCount() {
        return tasks.handledCount(currentActor.get().username());
    }

    private void validateMeeting(MeetingRecord meeting) {
        if (meeting == null || meeting.meetingDate() == null) {
            throw ValidationException.of("meeting.meetingDate", messages.get("review.error.meetingDate"));
        }
        if (meeting.attendees() == null || meeting.attendees().isBlank()) {
            throw ValidationException.of("meeting.attendees", messages.get("review.error.attendeesRequired"));
        }
        if (meeting.attendees().length() > 1000) {
            throw ValidationException.of("meeting.attendees", messages.get("review.error.attendeesTooLong"));
        }
        if (InputChecks.hasControlCharacters(meeting.attendees())) {
            throw ValidationException.of("meeting.attendees", InputChecks.controlCharacterMessage(messages.get("review.label.attendees")));
        }
        if (meeting.minutesRef() == null || meeting.minutesRef().isBlank()) {
            throw ValidationException.of("meeting.minutesRef", messages.get("review.error.minutesRequired"));
        }
        if (meeting.minutesRef().length() > 200) {
            throw ValidationException.of("meeting.minutesRef", messages.get("review.error.minutesTooLong"));
        }
        if (InputChecks.hasControlCharacters(meeting.minutesRef())) {
            throw ValidationException.of("meeting.minutesRef", InputChecks.controlCharacterMessage(messages.get("review.label.minutes")));
        }
    }

    static void validate(Decision decision, String comment, Messages messages) {
        if (decision == null) {
            throw ValidationException.of("decision", messages.get("review.error.decision"));
        }
        if (decision == Decision.RETURN && (comment == null || comment.isBlank())) {
            throw ValidationException.of("comment", messages.get("review.error.returnComment"));
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw ValidationException.of("comment", messages.get("review.error.commentTooLong", MAX_COMMENT_LENGTH));
        }
        if (InputChecks.hasControlCharacters(comment)) {
            throw ValidationException.of("comment", InputChecks.controlCharacterMessage(messages.get("review.label.comment")));
        }
    }

    /** The task if the actor, or someone they stand in for today (代理审批), may act on it now. */
    OpenTask actionable(String taskId, Actor actor) {
        ActingScope.Scope scope = scopes.of(actor);
        return tasks.actionable(taskId, scope.usernames(), scope.groups());
    }

    /** Who has decided a step of this task's approval (不相容岗位分离). */
    java.util.Set<String> decidersOfApproval(OpenTask task) {
        return tasks.decidersOfApproval(task);
    }

    /** The principal the actor acts for on this task, if it is not their own. */
    Optional<String> principalFor(OpenTask task, Actor actor) {
        return scopes.principalFor(task, scopes.of(actor));
    }

    /** The record marked 代 X when the actor acts for {@code principal}. */
    AuditRecord attributed(AuditRecord record, Optional<String> principal) {
        return scopes.attributed(record, principal);
    }

    /** See {@link ActingScope#principalOfEarlier}. */
    Optional<String> principalOfEarlier(long documentId, AuditAction earlier, Actor actor) {
        return scopes.principalOfEarlier(documentId, earlier, null, actor);
    }

    private void recordTaskAction(AuditAction action, Actor actor, OpenTask task, String comment) {
        ApprovalDocument document = access.visible(task.documentId(), actor);
        audit.record(scopes.attributed(audit.about(action, actor, document).task(task.taskId(), task.step().name()).comment(comment)
            .status(document.getStatus().name(), document.getStatus().name()), task, actor));
    }
}
