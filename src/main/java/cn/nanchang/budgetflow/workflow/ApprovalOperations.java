package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.workflow.internal.ProcessModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations beyond approve-or-return: 退回 to any step already passed, 撤回 of one's own
 * approval while the next step has not taken it up, and 作废 of a whole approval. Callers
 * (document services) have checked who may do this.
 *
 * <p>退回 to an earlier step and 撤回 are the only jumps between steps that the models do not draw
 * (加签 and 减签 are message paths, see {@link AddedSigners}): each may go from any step to any step
 * before it that this approval has passed, which as sequence flows would mean a flow from every
 * step to every earlier one, guarded by history the model cannot see. They use the engine's
 * process instance modification, which runs the target's listeners (and so keeps the document's
 * status in step) as if the step had been reached by a flow.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ApprovalOperations {

    /** What the engine writes as delete reason of a task that was completed, not cancelled. */
    private static final String COMPLETED = "completed";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ProcessModels models;

    ApprovalOperations(RuntimeService runtime, TaskService tasks, HistoryService history, ProcessModels models) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.models = models;
    }

    /** How the newest model of this document type sends a resubmitted document on. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public ResubmitMode resubmitMode(DocumentType type) {
        return ResubmitMode.ofModelValue(models.latestProperty(ApprovalProcesses.processKey(type),
            BudgetDraftApproval.PROPERTY_RESUBMIT_TO).orElse(null));
    }

    /**
     * Where the reviewer holding this task may return the document: to its drafter, or to a review
     * step completed in this approval that comes before the task's step on the route.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ApprovalStep> returnTargets(OpenTask task) {
        List<ApprovalStep> targets = new ArrayList<>(List.of(ApprovalStep.REVISE));
        if (task.step() == ApprovalStep.COLLECTIVE_DECISION || task.step() == ApprovalStep.ADDED_SIGNER_REVIEW) {
            return targets; // a meeting that does not pass, or an added signer, sends the document to its drafter
        }
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceOf(task.taskId())).finished().list().stream()
            .filter(t -> COMPLETED.equals(t.getDeleteReason()))
            .map(t -> ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()))
            .flatMap(Optional::stream)
            .filter(s -> s.isReview() && s.ordinal() < task.step().ordinal())
            .distinct()
            .sorted(Comparator.naturalOrder())
            .forEach(targets::add);
        return targets;
    }

    /**
     * Returns the document from this task to an earlier review step, which gets a new task for its
     * candidate group; the document stays in review. The comment is kept with the cancelled task.
     */
    public void returnToStep(OpenTask task, String username, ApprovalStep target, String comment) {
        if (!target.isReview() || !returnTargets(task).contains(target)) {
            throw new ConflictException(Messages.text("operations.error.returnTarget"));
        }
        String processInstanceId = processInstanceOf(task.taskId());
        try {
            if (task.assignee() == null) {
                tasks.setAssignee(task.taskId(), username);
            }
            tasks.createComment(task.taskId(), processInstanceId, comment);
            runtime.setVariable(processInstanceId, ProcessVariables.LAST_APPROVAL, null);
            runtime.createProcessInstanceModification(processInstanceId)
                .cancelAllForActivity(task.step().taskKey())
                .startBeforeActivity(target.taskKey())
                .setAnnotation("退回至" + target.name() + "，由 " + username)
                .execute();
        } catch (OptimisticLockingException e) {
            throw new ConflictException("task " + task.taskId() + " was completed by someone else at the same time", e);
        }
    }

    /**
     * The step whose approval this person may still withdraw on the document: their approval was the
     * latest decision, and the step it passed the document to has not been claimed yet.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<ApprovalStep> withdrawableApproval(long documentId, String username) {
        return withdrawable(documentId, username).map(w -> w.step);
    }

    /** Takes one's approval back: the next step's task is cancelled and the task comes back to this person. */
    public ApprovalStep withdrawApproval(long documentId, String username) {
        Withdrawable w = withdrawable(documentId, username)
            .orElseThrow(() -> new ConflictException(Messages.text("operations.error.nextTaken")));
        try {
            runtime.setVariable(w.processInstanceId, ProcessVariables.LAST_APPROVAL, null);
            runtime.createProcessInstanceModification(w.processInstanceId)
                .cancelAllForActivity(w.next.getTaskDefinitionKey())
                .startBeforeActivity(w.step.taskKey())
                .setAnnotation("撤回审批，由 " + username)
                .execute();
        } catch (OptimisticLockingException e) {
            throw new ConflictException(Messages.text("operations.error.nextAtWork"), e);
        }
        Task back = tasks.createTaskQuery().processInstanceId(w.processInstanceId)
            .taskDefinitionKey(w.step.taskKey()).singleResult();
        tasks.setAssignee(back.getId(), username);
        return w.step;
    }

    /** Whether this person has completed or cancelled a task on the document, in any of its approvals. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean hasWorkedOn(long documentId, String username) {
        return history.createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId)).taskAssignee(username).count() > 0;
    }

    /** Ends a document's running approval, if any, for good (作废); the model's listeners are skipped on purpose. */
    public void voidApproval(long documentId, String reason) {
        activeInstance(documentId).ifPresent(instance ->
            runtime.deleteProcessInstance(instance.getId(), "作废：" + reason, true, true));
    }

    private Optional<Withdrawable> withdrawable(long documentId, String username) {
        Optional<ProcessInstance> instance = activeInstance(documentId);
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        String processInstanceId = instance.get().getId();
        Object last = runtime.getVariable(processInstanceId, ProcessVariables.LAST_APPROVAL);
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).active().list();
        if (!(last instanceof String lastTaskId) || open.size() != 1 || open.get(0).getAssignee() != null) {
            return Optional.empty();
        }
        Task next = open.get(0);
        HistoricTaskInstance approval = history.createHistoricTaskInstanceQuery().taskId(lastTaskId).singleResult();
        Optional<ApprovalStep> step = approval == null ? Optional.empty() : ApprovalStep.ofTaskKey(approval.getTaskDefinitionKey());
        boolean nextIsReview = ApprovalStep.ofTaskKey(next.getTaskDefinitionKey()).filter(ApprovalStep::isReview).isPresent();
        if (step.isEmpty() || !username.equals(approval.getAssignee()) || !nextIsReview
                || step.get() == ApprovalStep.COLLECTIVE_DECISION) {
            return Optional.empty();
        }
        return Optional.of(new Withdrawable(processInstanceId, step.get(), next));
    }

    private record Withdrawable(String processInstanceId, ApprovalStep step, Task next) {
    }

    private Optional<ProcessInstance> activeInstance(long documentId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId)).singleResult());
    }

    private String processInstanceOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ConflictException("task " + taskId + " has already been completed");
        }
        return task.getProcessInstanceId();
    }
}
