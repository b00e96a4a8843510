package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.Messages;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * 不相容岗位分离 (内控规范): whoever decides a step of an approval decides no other step of it, in any
 * capacity (as themselves, as someone's proxy, as an added signer), and the drafter decides none.
 * Checked on the engine's own record of who completed which task, just before a completion, so
 * that every path to a decision (the inbox, a batch, a proxy) meets the same rule. The 主任办公会
 * step records the meeting's collective decision, not a person's, and is left out.
 */
final class SeparationOfDuties {

    static final String OWN_DOCUMENT = "sod.error.ownDocument";
    static final String TWO_STEPS = "sod.error.twoSteps";

    private final TaskService tasks;
    private final HistoryService history;

    SeparationOfDuties(TaskService tasks, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
    }

    /** @throws ConflictException if {@code username} may not decide this task */
    void check(OpenTask task, String username, String processInstanceId) {
        check(task, username, processInstanceId, () -> tasks.getVariable(task.taskId(), ProcessVariables.DRAFTER));
    }

    /**
     * As {@link #check(OpenTask, String, String)}, with the drafter read by the caller: a command that has the task
     * loaded reads the variable from its own cache instead of an engine command of its own (five statements).
     */
    void check(OpenTask task, String username, String processInstanceId, Supplier<Object> drafter) {
        if (!task.step().isReview()) {
            return; // the drafter's own revision
        }
        if (username.equals(drafter.get())) {
            throw new ConflictException(Messages.text(OWN_DOCUMENT));
        }
        if (exempt(task.step())) {
            return;
        }
        otherStepDecidedBy(username, task.step(), processInstanceId).ifPresent(decided -> {
            throw new ConflictException(Messages.text(TWO_STEPS, Messages.text(decided.labelKey()),
                Messages.text(task.step().labelKey())));
        });
    }

    /** Everyone who has decided a step of this approval that counts for the rule: none of them may be added as signer. */
    java.util.Set<String> deciders(String processInstanceId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished().list().stream()
            .filter(t -> Objects.equals("completed", t.getDeleteReason()) && t.getAssignee() != null)
            .filter(t -> ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).filter(s -> !exempt(s)).isPresent())
            .map(HistoricTaskInstance::getAssignee)
            .collect(java.util.stream.Collectors.toSet());
    }

    private Optional<ApprovalStep> otherStepDecidedBy(String username, ApprovalStep step, String processInstanceId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).taskAssignee(username)
            .finished().list().stream()
            // a task deleted (withdrawn, returned past it, modified away) was not decided by its assignee
            .filter(t -> Objects.equals("completed", t.getDeleteReason()))
            .map(HistoricTaskInstance::getTaskDefinitionKey)
            .map(ApprovalStep::ofTaskKey).flatMap(Optional::stream)
            .filter(s -> s != step && !exempt(s))
            .findFirst();
    }

    private static boolean exempt(ApprovalStep step) {
        return !step.isReview() || step == ApprovalStep.COLLECTIVE_DECISION;
    }
}
