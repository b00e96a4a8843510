package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import cn.nanchang.budgetflow.workflow.StepDeadline;
import cn.nanchang.budgetflow.workflow.TaskArrived;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Called from the approval models, e.g. {@code camunda:dueDate="${approvalDeadlines.dueAt(execution, 'Task_FinanceReview')}"}:
 * a step's period is the model's property {@code dueInWorkingDays} on its user task (the
 * default when absent is configured), counted in working days from the engine's clock. The
 * step's two non-interrupting timers (到期提醒, 超期督办) each lead to a send task that calls
 * {@link #reached} and to an end event, so the diagram shows what a timer does; a timer whose
 * task is gone does nothing.
 */
public class ApprovalDeadlines {

    static final String DUE_IN_WORKING_DAYS = "dueInWorkingDays";
    static final String ESCALATE_TO = "escalateTo";

    private final ApplicationEventPublisher events;
    private final WorkingDays calendar;
    private final int defaultWorkingDays;

    public ApprovalDeadlines(ApplicationEventPublisher events, WorkingDays calendar, int defaultWorkingDays) {
        this.events = events;
        this.calendar = calendar;
        this.defaultWorkingDays = defaultWorkingDays;
    }

    public Date dueAt(DelegateExecution execution, String taskKey) {
        return Date.from(calendar.dueAt(ClockUtil.getCurrentTime().toInstant(), workingDays(execution, taskKey)));
    }

    public Date remindAt(DelegateExecution execution, String taskKey) {
        return Date.from(calendar.remindAt(ClockUtil.getCurrentTime().toInstant(), workingDays(execution, taskKey)));
    }

    /** Task listener on create: tells the application who has new work. */
    public void arrived(DelegateTask task) {
        Optional<ApprovalStep> step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey());
        if (step.isEmpty()) {
            return;
        }
        events.publishEvent(new TaskArrived(documentId(task.getExecution()), task.getId(), step.get(),
            toInstant(task.getDueDate()), task.getAssignee(), candidateGroups(task.getCandidates())));
    }

    /** The send task after a step's timer boundary event: tells the step's holders (and, when overdue, its superior). */
    public void reached(DelegateExecution execution, String taskKey, String kind) {
        var taskService = execution.getProcessEngineServices().getTaskService();
        Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskKey).active().singleResult();
        Optional<ApprovalStep> step = ApprovalStep.ofTaskKey(taskKey);
        if (task == null || step.isEmpty()) {
            return;
        }
        List<String> groups = candidateGroups(taskService.getIdentityLinksForTask(task.getId()));
        StepDeadline.Kind which = StepDeadline.Kind.valueOf(kind);
        String escalateTo = which == StepDeadline.Kind.OVERDUE ? property(execution, taskKey, ESCALATE_TO).orElse(null) : null;
        events.publishEvent(new StepDeadline(documentId(execution), task.getId(), step.get(), which,
            toInstant(task.getDueDate()), task.getAssignee(), groups, escalateTo));
    }

    private static List<String> candidateGroups(Collection<? extends IdentityLink> links) {
        return links.stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList();
    }

    private int workingDays(DelegateExecution execution, String taskKey) {
        return property(execution, taskKey, DUE_IN_WORKING_DAYS).map(Integer::parseInt).orElse(defaultWorkingDays);
    }

    private static Optional<String> property(DelegateExecution execution, String elementId, String name) {
        BaseElement element = execution.getBpmnModelInstance().getModelElementById(elementId);
        if (element == null || element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(props -> props.getCamundaProperties().stream())
            .filter(p -> name.equals(p.getCamundaName()))
            .map(CamundaProperty::getCamundaValue)
            .findFirst();
    }

    private static long documentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.DOCUMENT_ID)).longValue();
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
