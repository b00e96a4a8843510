package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.notification.NotificationKind;
import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: the drafter of a document in review reminds the handlers of its open review step — the
 * person who claimed it, else everyone who may take it. Once per step per calendar day; a
 * second attempt that day is refused as a conflict. Audited with the optional message, so it
 * appears in the document's history.
 */
@Service
@Transactional
@Roles.Drafter
public class DocumentChases {

    public static final int MAX_MESSAGE_LENGTH = 500;

    private final ChaseRepository chases;
    private final DocumentAccess access;
    private final ApprovalTasks tasks;
    private final WorkNotices notices;
    private final DocumentAudit audit;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;

    DocumentChases(ChaseRepository chases, DocumentAccess access, ApprovalTasks tasks, WorkNotices notices,
            DocumentAudit audit, CurrentActor currentActor, Messages messages, Clock clock) {
        this.chases = chases;
        this.access = access;
        this.tasks = tasks;
        this.notices = notices;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the current user may chase the document now: its drafter, a review open and not yet chased today. */
    @Transactional(readOnly = true)
    @Roles.SignedIn
    public boolean canChase(long documentId) {
        Actor actor = currentActor.get();
        return canChase(access.visible(documentId, actor), actor);
    }

    /** {@link #canChase(long)} on a document already checked with {@link DocumentAccess#visible}; every reader asks. */
    @Transactional(readOnly = true)
    @Roles.SignedIn
    boolean canChase(ApprovalDocument document, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<OpenTask> open = openReviews(document.getId());
        return document.getDrafter().equals(actor.username()) && !open.isEmpty()
            && open.stream().noneMatch(t -> chases.existsByTaskIdAndChasedOn(t.taskId(), today));
    }

    /** @return the usernames chased */
    public List<String> chase(long documentId, String message) {
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(documentId, actor);
        if (!document.getDrafter().equals(actor.username())) {
            throw new ForbiddenException(messages.get("chase.onlyDrafter"));
        }
        String note = checkedMessage(message);
        List<OpenTask> open = openReviews(documentId);
        if (open.isEmpty()) {
            throw new ConflictException(messages.get("chase.nothingOpen"));
        }
        LocalDate today = LocalDate.now(clock);
        if (open.stream().anyMatch(t -> chases.existsByTaskIdAndChasedOn(t.taskId(), today))) {
            throw new ConflictException(messages.get("chase.alreadyToday"));
        }
        List<String> recipients = new ArrayList<>();
        for (OpenTask task : open) {
            chases.saveAndFlush(new Chase(documentId, task.taskId(), today, actor.username(), clock.instant(), note));
            recipients.addAll(notices.holders(task.assignee(), groupsOf(task.step(), document)));
        }
        List<String> chased = recipients.stream().distinct().toList();
        String steps = String.join("、", open.stream().map(t -> messages.get(t.step().labelKey())).toList());
        notices.send(chased, NotificationKind.CHASED, document, note == null ? steps : steps + "：" + note);
        audit.record(audit.about(AuditAction.CHASE, actor, document).comment(note)
            .details(messages.get("chase.details", steps, chased.size()))
            .status(document.getStatus().name(), document.getStatus().name()));
        return chased;
    }

    private List<OpenTask> openReviews(long documentId) {
        return tasks.openTasksOf(documentId).stream().filter(t -> t.step().isReview()).toList();
    }

    private static List<String> groupsOf(ApprovalStep step, ApprovalDocument document) {
        return ApprovalGroups.of(step.role(), document.getSection() == null ? null : document.getSection().getCode());
    }

    private String checkedMessage(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw ValidationException.of("message", messages.get("chases.error.tooLong", MAX_MESSAGE_LENGTH));
        }
        if (InputChecks.hasControlCharacters(message)) {
            throw ValidationException.of("message", InputChecks.controlCharacterMessage(messages.get("chases.label.message")));
        }
        return message.strip();
    }
}
