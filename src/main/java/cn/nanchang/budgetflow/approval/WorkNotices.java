package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.document.ReturnNotice;
import cn.nanchang.budgetflow.notification.NotificationKind;
import cn.nanchang.budgetflow.notification.NotificationSender;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.StepDeadline;
import cn.nanchang.budgetflow.workflow.TaskArrived;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people of their work, from the engine's events, inside the engine's transaction: the
 * holders of a new step, the drafter of a returned or approved document, the holders of a step
 * about to be due or overdue, and the superior group the model names for an overdue step; and,
 * from the services, the person a task is handed to or given back to, and the people copied in.
 */
@Component
class WorkNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final DocumentLookup documents;
    private final OrganizationService organization;
    private final NotificationSender notifications;
    private final Messages messages;
    private final AuditLog audit;

    WorkNotices(DocumentLookup documents, OrganizationService organization, NotificationSender notifications,
            Messages messages, AuditLog audit) {
        this.audit = audit;
        this.documents = documents;
        this.organization = organization;
        this.notifications = notifications;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTaskArrived(TaskArrived arrived) {
        if (arrived.step() == ApprovalStep.REVISE) {
            return; // onReturned tells the drafter
        }
        document(arrived.documentId()).ifPresent(document -> send(holders(arrived.assignee(), arrived.candidateGroups()),
            NotificationKind.TASK_ARRIVED, document, step(arrived.step())));
    }

    /**
     * Tells the drafter of a returned document who returned it, from which step, when and why. It
     * waits until just before the return commits: the decision's audit entry, which says all that,
     * is written after the engine has moved on to the drafter's task.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onReturned(TaskArrived arrived) {
        if (arrived.step() != ApprovalStep.REVISE) {
            return;
        }
        document(arrived.documentId()).ifPresent(document -> send(holders(arrived.assignee(), arrived.candidateGroups()),
            NotificationKind.RETURNED, document, ReturnNotice.latestIn(audit.documentTrail(document.getId()),
                organization::displayName).map(this::returnDetail).orElse("")));
    }

    private String returnDetail(ReturnNotice r) {
        return messages.get("notification.returnDetail", r.actorName(), r.role() == null ? "" : messages.get("role." + r.role()),
            r.step() == null ? "" : step(r.step()), TIME.format(r.at()), r.comment() == null ? "" : r.comment());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDeadline(StepDeadline deadline) {
        document(deadline.documentId()).ifPresent(document -> {
            List<String> holders = holders(deadline.assignee(), deadline.candidateGroups());
            String step = step(deadline.step());
            if (deadline.kind() == StepDeadline.Kind.REMINDER) {
                send(holders, NotificationKind.REMINDER, document, step);
                return;
            }
            send(holders, NotificationKind.OVERDUE, document, step);
            if (deadline.escalateTo() != null) {
                send(organization.usernamesInGroup(deadline.escalateTo()), NotificationKind.ESCALATED, document, step);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMilestone(ApprovalMilestone milestone) {
        if (milestone.status() == DocumentStatus.APPROVED) {
            document(milestone.documentId()).ifPresent(document ->
                send(List.of(document.getDrafter()), NotificationKind.APPROVED, document, ""));
        }
    }

    /** Tells the person a task was handed to (转办, 委派) or given back to (委派办理完毕) that it waits for them. */
    void handedOver(String recipient, NotificationKind kind, long documentId, ApprovalStep step) {
        document(documentId).ifPresent(document -> send(List.of(recipient), kind, document, step(step)));
    }

    /** Tells the people copied in (抄送) that a document was copied to them, with the sender's note. */
    void copied(Collection<String> recipients, ApprovalDocument document, String note) {
        send(recipients, NotificationKind.COPIED, document, note == null ? "" : note);
    }

    /** Sends one kind of notice about a document; the text keys are notification.text.KIND. */
    void send(Collection<String> recipients, NotificationKind kind, ApprovalDocument document, String detail) {
        String type = messages.get(document.documentType().labelKey());
        notifications.send(recipients, kind, messages.get(kind.labelKey()) + "：" + type + " " + document.getNumber(),
            messages.get("notification.text." + kind.name(), type, document.getNumber(), detail),
            document.documentType().routePrefix() + "/" + document.getId());
    }

    /** The assignee of a claimed task, else everyone in its candidate groups. */
    List<String> holders(String assignee, List<String> candidateGroups) {
        if (assignee != null) {
            return List.of(assignee);
        }
        return candidateGroups.stream().flatMap(g -> organization.usernamesInGroup(g).stream()).distinct().toList();
    }

    private String step(ApprovalStep step) {
        return messages.get(step.labelKey());
    }

    private Optional<ApprovalDocument> document(long id) {
        return documents.find(id);
    }
}
