package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.Messages;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签 and 减签 on the three approval models. Both are paths of the models, entered by message, so
 * the diagram shows them: every review task has an interrupting message boundary event 加签
 * ({@link BudgetDraftApproval#MESSAGE_ADD_SIGNER}) leading to Task_AddedSignerReview, and that task
 * has one named 减签 ({@link BudgetDraftApproval#MESSAGE_REMOVE_SIGNER}); the added signer's
 * approval and 减签 both reach the gateway 加签后回到, which resumes at the step recorded in
 * {@code resumeAt}. Before oneself: one's task is cancelled and the added signer signs first, then
 * the step comes back. After oneself: one's approval counts, and the added signer signs before
 * whatever step the model chose next (not at the last step, where the approval would be final).
 * 减签: the one who added a signer takes them out while they have not acted, and the approval
 * resumes. Callers have checked who may do this.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AddedSigners {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApprovalTasks approvalTasks;

    AddedSigners(RuntimeService runtime, TaskService tasks, ApprovalTasks approvalTasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.approvalTasks = approvalTasks;
    }

    /** 前加签: the signer reviews first; their approval brings the document back to this task's step. */
    public void addBefore(OpenTask task, String by, String signer, String reason) {
        requireOrdinaryStep(task);
        Task open = open(task.taskId());
        tasks.createComment(open.getId(), open.getProcessInstanceId(), reason);
        insertBefore(open.getProcessInstanceId(), task.step().taskKey(), by, signer);
    }

    /**
     * 后加签: this task is approved, and the signer reviews before the step it went on to.
     *
     * @throws ConflictException at the last step, whose approval would end the approval
     */
    public void addAfter(OpenTask task, String by, String signer, String reason) {
        requireOrdinaryStep(task);
        String processInstanceId = open(task.taskId()).getProcessInstanceId();
        approvalTasks.complete(task, by, Decision.APPROVE, reason);
        List<Task> next = tasks.createTaskQuery().processInstanceId(processInstanceId).active().list();
        if (next.size() != 1) {
            throw new ConflictException(Messages.text("signers.error.lastStep"));
        }
        insertBefore(processInstanceId, next.get(0).getTaskDefinitionKey(), by, signer);
    }

    /** The open added signer's task on the document, if any, with who added them. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<AddedSigner> addedSignerOn(long documentId) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId))
                .taskDefinitionKey(BudgetDraftApproval.TASK_ADDED_SIGNER_REVIEW).active().singleResult())
            .map(t -> new AddedSigner(t.getId(), t.getAssignee(),
                (String) runtime.getVariable(t.getProcessInstanceId(), ProcessVariables.ADDED_BY),
                ApprovalStep.ofTaskKey((String) runtime.getVariable(t.getProcessInstanceId(), ProcessVariables.RESUME_AT))
                    .orElseThrow()));
    }

    /** 减签: the added signer's task is cancelled and the approval resumes at the step it was to resume at. */
    public ApprovalStep remove(long documentId, String by) {
        AddedSigner added = addedSignerOn(documentId).filter(a -> by.equals(a.addedBy()))
            .orElseThrow(() -> new ConflictException(Messages.text("signers.error.noneRemovable")));
        String processInstanceId = open(added.taskId()).getProcessInstanceId();
        try {
            correlate(BudgetDraftApproval.MESSAGE_REMOVE_SIGNER, processInstanceId);
        } catch (OptimisticLockingException | MismatchingMessageCorrelationException e) {
            // the added signer decided in the meantime: their task, and with it the message's subscription, is gone
            throw new ConflictException(Messages.text("signers.error.signerAtWork"), e);
        }
        return added.resumeAt();
    }

    /** An added signer's open task: who signs, who added them, and where their approval resumes. */
    public record AddedSigner(String taskId, String signer, String addedBy, ApprovalStep resumeAt) {
    }

    private void insertBefore(String processInstanceId, String resumeAt, String by, String signer) {
        runtime.setVariable(processInstanceId, ProcessVariables.ADDED_SIGNER, signer);
        runtime.setVariable(processInstanceId, ProcessVariables.ADDED_BY, by);
        runtime.setVariable(processInstanceId, ProcessVariables.RESUME_AT, resumeAt);
        runtime.setVariable(processInstanceId, ProcessVariables.LAST_APPROVAL, null);
        try {
            // only the task at resumeAt is open, so only its boundary event 加签 is waiting for the message
            correlate(BudgetDraftApproval.MESSAGE_ADD_SIGNER, processInstanceId);
        } catch (OptimisticLockingException | MismatchingMessageCorrelationException e) {
            throw new ConflictException(Messages.text(ApprovalTasks.TAKEN), e);
        }
    }

    private void correlate(String message, String processInstanceId) {
        runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).correlate();
    }

    private static void requireOrdinaryStep(OpenTask task) {
        if (!task.step().isReview() || task.step() == ApprovalStep.ADDED_SIGNER_REVIEW || task.isWithDelegate()) {
            throw new ConflictException(Messages.text("signers.error.notHere"));
        }
    }

    private Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ConflictException(Messages.text(ApprovalTasks.TAKEN));
        }
        return task;
    }
}
