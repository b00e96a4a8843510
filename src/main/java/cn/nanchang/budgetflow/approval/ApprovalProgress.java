package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.SignatureImages;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审批进度 of a document for whoever may read it, in one read: what the audit log records as the
 * approval's steps (with the deciders' signatures), the open tasks with their holders and due
 * times, and what the path preview expects after them.
 */
@Service
@Transactional(readOnly = true)
@Roles.Reader
public class ApprovalProgress {

    /** What the timeline shows as a step: the approval sheet's steps and the handovers that moved a task on. */
    private static final Set<AuditAction> STEPS = EnumSet.of(AuditAction.SUBMIT, AuditAction.RESUBMIT, AuditAction.WITHDRAW,
        AuditAction.APPROVE, AuditAction.RETURN, AuditAction.COLLECTIVE_DECISION, AuditAction.RETURN_TO_STEP,
        AuditAction.WITHDRAW_APPROVAL, AuditAction.VOID, AuditAction.TRANSFER, AuditAction.DELEGATE,
        AuditAction.DELEGATE_RESOLVE, AuditAction.ADD_SIGNER, AuditAction.REMOVE_SIGNER);

    private final DocumentAccess access;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final OrganizationService organization;
    private final SignatureImages signatures;
    private final ApprovalTasks tasks;
    private final DocumentPathPreview preview;
    private final Clock clock;

    ApprovalProgress(DocumentAccess access, CurrentActor currentActor, AuditLog audit, OrganizationService organization,
            SignatureImages signatures, ApprovalTasks tasks, DocumentPathPreview preview, Clock clock) {
        this.access = access;
        this.currentActor = currentActor;
        this.audit = audit;
        this.organization = organization;
        this.signatures = signatures;
        this.tasks = tasks;
        this.preview = preview;
        this.clock = clock;
    }

    public DocumentProgress progress(long documentId) {
        return progress(access.visible(documentId, currentActor.get()));
    }

    /** {@link #progress(long)} of a document already checked with {@link DocumentAccess#visible}, for {@link DocumentPage}. */
    DocumentProgress progress(ApprovalDocument document) {
        long documentId = document.getId();
        List<PathStep> route = preview.ahead(document);
        List<OpenTask> open = document.getStatus().isFinal() ? List.of() : tasks.openTasksOf(documentId);
        List<DocumentProgress.Current> current = open.stream().map(t -> current(t, route)).toList();
        Set<ApprovalStep> waiting = open.stream().map(OpenTask::step).collect(Collectors.toSet());
        return new DocumentProgress(done(documentId), current,
            route.stream().filter(s -> !s.current() && !waiting.contains(s.step())).toList());
    }

    private List<DocumentProgress.Done> done(long documentId) {
        List<AuditEntry> entries = audit.documentTrail(documentId).stream().filter(e -> STEPS.contains(e.getAction())).toList();
        Function<AuditEntry, String> signed = signatures.ofDecisions(entries);
        return entries.stream().map(e -> new DocumentProgress.Done(e.getOccurredAt(),
            e.getStep() == null ? null : ApprovalStep.valueOf(e.getStep()), e.getAction(), organization.displayName(e.getActor()),
            e.getDetails(), e.getComment(), signed.apply(e)))
            .toList();
    }

    /** The holder is the task's assignee; an unclaimed task is its group's, as the path preview names it. */
    private DocumentProgress.Current current(OpenTask task, List<PathStep> route) {
        List<String> group = task.assignee() != null ? List.of() : route.stream()
            .filter(s -> s.current() && s.step() == task.step()).findFirst().map(PathStep::handlers).orElse(List.of());
        String holder = task.assignee() == null ? null : organization.displayName(task.assignee());
        boolean overdue = DueText.of(task.due(), clock.instant()).overdue();
        return new DocumentProgress.Current(task.step(), holder, group, task.created(), task.due(), overdue);
    }
}
