package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.Messages;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a review task to someone else: 转办 (the task is assigned to the other person for good)
 * and 委派 (the engine's delegation: the delegate resolves the task and it comes back to its owner,
 * who confirms and decides). The reason or opinion is kept as a comment on the task. Callers
 * (document services) have checked who may do this and who may receive the task.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TaskHandover {

    private final TaskService tasks;

    TaskHandover(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The groups whose members may take this task, e.g. {@code finance}; empty for a task of one person. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .distinct()
            .toList();
    }

    /** 转办: the task is assigned to {@code target}, whoever held or could take it before. */
    public void transfer(OpenTask task, String target, String reason) {
        requireNotDelegated(task);
        Task open = open(task.taskId());
        try {
            tasks.createComment(open.getId(), open.getProcessInstanceId(), reason);
            tasks.setAssignee(open.getId(), target);
        } catch (OptimisticLockingException e) {
            throw new ConflictException(Messages.text(ApprovalTasks.TAKEN), e);
        }
    }

    /**
     * 委派: the person holding the task (claiming it first if it was a group's) becomes its owner
     * and {@code delegate} its assignee until they resolve it.
     */
    public void delegate(OpenTask task, String owner, String delegate, String reason) {
        requireNotDelegated(task);
        Task open = open(task.taskId());
        try {
            if (open.getAssignee() == null) {
                tasks.setAssignee(open.getId(), owner);
            }
            tasks.createComment(open.getId(), open.getProcessInstanceId(), reason);
            tasks.delegateTask(open.getId(), delegate);
        } catch (OptimisticLockingException e) {
            throw new ConflictException(Messages.text(ApprovalTasks.TAKEN), e);
        }
    }

    /** The delegate has done their part: their opinion is kept and the task goes back to its owner. */
    public void resolve(OpenTask task, String opinion) {
        if (!task.isWithDelegate()) {
            throw new ConflictException(Messages.text("handover.error.notDelegatedToYou"));
        }
        Task open = open(task.taskId());
        try {
            tasks.createComment(open.getId(), open.getProcessInstanceId(), opinion);
            tasks.resolveTask(open.getId());
        } catch (OptimisticLockingException e) {
            throw new ConflictException(Messages.text(ApprovalTasks.TAKEN), e);
        } catch (ProcessEngineException e) {
            throw new ConflictException(Messages.text("handover.error.notDelegatedToYou"), e);
        }
    }

    private static void requireNotDelegated(OpenTask task) {
        if (task.isWithDelegate()) {
            throw new ConflictException(Messages.text("handover.error.withDelegate"));
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
