package cn.nanchang.budgetflow.workflow;

import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Assigning, commenting and completing a task as one engine command. Run as three commands
 * (TaskService.setAssignee, createComment, complete) each loaded the task and its execution
 * again and flushed on its own; in one command context the engine's entity cache serves them
 * once and one flush writes the lot. The steps and their history are the engine's own commands,
 * unchanged. The checks that must hold at the moment of deciding (不相容岗位分离) run first, on
 * the task as this command loaded it: they read its process instance and variables from the same
 * cache rather than through commands of their own, and nothing has changed when they refuse.
 */
final class DecideTaskCmd implements Command<Void> {

    private final String taskId;
    private final String assignee;
    private final String comment;
    private final Map<String, Object> variables;
    private final Consumer<TaskEntity> beforeDeciding;

    /**
     * @param assignee set as the task's assignee first, or null when the task is assigned already
     * @param comment  kept with the task in the engine's history, or null
     * @param beforeDeciding runs on the loaded task before anything is changed; it refuses by throwing, and may
     *                       still add to {@code variables}
     */
    DecideTaskCmd(String taskId, String assignee, String comment, Map<String, Object> variables,
            Consumer<TaskEntity> beforeDeciding) {
        this.taskId = taskId;
        this.assignee = assignee;
        this.comment = comment;
        this.variables = variables;
        this.beforeDeciding = beforeDeciding;
    }

    @Override
    public Void execute(CommandContext context) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        // Reads are not locked (READ COMMITTED): another decision, on this or another instance, may have completed the
        // task and ended its process between reading the task and its execution or process instance; the engine would
        // then fail with a NullPointerException. Loaded here, they stay in the command's cache; a later change by the
        // other decision fails this one's flush (optimistic locking). All are the lost race, a conflict for the caller.
        if (task == null || task.getExecutionId() != null && (task.getExecution() == null || task.getProcessInstance() == null)) {
            throw new NullValueException("no task " + taskId);
        }
        beforeDeciding.accept(task);
        if (assignee != null) {
            new AssignTaskCmd(taskId, assignee).execute(context);
        }
        if (comment != null) {
            new AddCommentCmd(taskId, task.getProcessInstanceId(), comment).execute(context);
        }
        new CompleteTaskCmd(taskId, variables).execute(context);
        return null;
    }
}
