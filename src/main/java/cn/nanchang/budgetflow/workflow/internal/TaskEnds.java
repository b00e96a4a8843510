package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import cn.nanchang.budgetflow.workflow.TaskEnded;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's task events (which the Spring Boot starter publishes for every task) into a
 * {@link TaskEnded} when an approval step's task completes or is deleted: no model needs a listener
 * of its own for it, and every way a task can end is covered.
 */
@Component
class TaskEnds {

    private final ApplicationEventPublisher events;

    TaskEnds(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener(condition = "#task.eventName == 'complete' || #task.eventName == 'delete'")
    public void onTaskEvent(DelegateTask task) {
        ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> {
            Object documentId = task.getExecution() == null ? null : task.getVariable(ProcessVariables.DOCUMENT_ID);
            if (documentId instanceof Number id) {
                events.publishEvent(new TaskEnded(id.longValue(), task.getId(), step));
            }
        });
    }
}
