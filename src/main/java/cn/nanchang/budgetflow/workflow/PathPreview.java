package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.workflow.internal.ProcessModels;
import cn.nanchang.budgetflow.workflow.internal.RouteWalker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * 流程预测: the steps still ahead of a document, if every reviewer approves, computed from its
 * deployed model and the routing table with the thresholds in force. A document not yet in
 * approval gets the whole route of the newest model; one in approval the rest of its route from
 * the step it waits at (a returned one from its drafter's revision, on through resubmission).
 * The caller decides that a finished document has nothing ahead.
 */
public class PathPreview {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RouteWalker walker;
    private final ProcessModels models;

    public PathPreview(RepositoryService repository, RuntimeService runtime, TaskService tasks, RouteWalker walker) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.walker = walker;
        this.models = new ProcessModels(repository);
    }

    /** The steps ahead, the current one (if in approval) first. */
    public List<PredictedStep> ahead(ApprovalRequest request) {
        List<Task> open = tasks.createTaskQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(request.documentId())).active().list();
        if (open.isEmpty()) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ApprovalProcesses.processKey(request.type())).latestVersion().singleResult();
            var model = repository.getBpmnModelInstance(definition.getId());
            return walker.walk(model, startEventOf(model), ApprovalProcesses.startVariables(request), false, null);
        }
        Task task = open.get(0);
        Map<String, Object> vars = new HashMap<>(runtime.getVariables(task.getProcessInstanceId()));
        if (BudgetDraftApproval.TASK_REVISE_DRAFT.equals(task.getTaskDefinitionKey())) {
            // the drafter resubmits with the revised facts, as ApprovalProcesses#resubmit does
            vars.putAll(ApprovalProcesses.routingFacts(request));
            vars.put(ProcessVariables.RESUBMIT_TO, 
                ApprovalProcesses.resubmitTarget(models, runtime, task.getProcessDefinitionId(), task.getProcessInstanceId()));
        }
        return walker.walk(repository.getBpmnModelInstance(task.getProcessDefinitionId()), task.getTaskDefinitionKey(),
            vars, true, task.getAssignee());
    }

    private static String startEventOf(BpmnModelInstance model) {
        return model.getModelElementsByType(StartEvent.class).stream()
            .filter(e -> e.getParentElement() instanceof Process)
            .findFirst().orElseThrow().getId();
    }
}
