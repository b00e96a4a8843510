package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.workflow.internal.ProcessModels;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, withdraws and resubmits approvals. The business key of every instance is the
 * document id, so a document's process is found without a lookup table. Callers are the
 * document services, which have already checked who may do this; these methods join their
 * transaction so that the document and the process change together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ApprovalProcesses {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessModels models;

    ApprovalProcesses(RuntimeService runtime, TaskService tasks, ProcessModels models) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.models = models;
    }

    public static String processKey(DocumentType type) {
        return switch (type) {
            case BUDGET_DRAFT -> BudgetDraftApproval.PROCESS_KEY;
            case PROJECT_APPLICATION -> RoutedApproval.PROJECT_PROCESS_KEY;
            case PROCUREMENT_PLAN -> RoutedApproval.PROCUREMENT_PROCESS_KEY;
            case UNIT_PROPOSAL -> UnitProposalApproval.PROCESS_KEY;
            case BUDGET_ADJUSTMENT -> BudgetAdjustmentApproval.PROCESS_KEY;
        };
    }

    /** Starts the approval of a document that is not in one. */
    public String start(ApprovalRequest request) {
        if (activeInstance(request.documentId()).isPresent()) {
            throw new ConflictException("document " + request.documentId() + " is already in approval");
        }
        return runtime.startProcessInstanceByKey(processKey(request.type()), businessKey(request.documentId()),
            startVariables(request)).getId();
    }

    /** The variables an approval starts with; the path preview walks the model with them too. */
    static Map<String, Object> startVariables(ApprovalRequest request) {
        Map<String, Object> variables = new HashMap<>(routingFacts(request));
        variables.put(ProcessVariables.DOCUMENT_ID, request.documentId());
        variables.put(ProcessVariables.DOCUMENT_TYPE, request.type().name());
        variables.put(ProcessVariables.SECTION_CODE, request.sectionCode());
        variables.put(ProcessVariables.SECTION_HEAD_GROUP, ApprovalGroups.sectionHead(request.sectionCode()));
        variables.put(ProcessVariables.DRAFTER, request.drafter());
        return variables;
    }

    /**
     * Completes the drafter's revision task: the returned document goes back into review, routed
     * on its revised amount and method.
     */
    public void resubmit(ApprovalRequest request) {
        Task revise = openTask(request.documentId(), BudgetDraftApproval.TASK_REVISE_DRAFT)
            .orElseThrow(() -> new ConflictException("document " + request.documentId() + " is not waiting for revision"));
        if (revise.getAssignee() == null) {
            tasks.claim(revise.getId(), request.drafter());
        }
        Map<String, Object> variables = new HashMap<>(routingFacts(request));
        variables.put(ProcessVariables.RESUBMIT_TO,
            resubmitTarget(models, runtime, revise.getProcessDefinitionId(), revise.getProcessInstanceId()));
        tasks.complete(revise.getId(), variables);
    }

    /** The returning step's task key when the model says "back to the returner"; empty for 科长审核. */
    static String resubmitTarget(ProcessModels models, RuntimeService runtime, String processDefinitionId,
            String processInstanceId) {
        ResubmitMode mode = ResubmitMode.ofModelValue(
            models.property(processDefinitionId, BudgetDraftApproval.PROPERTY_RESUBMIT_TO).orElse(null));
        Object returnedFrom = runtime.getVariable(processInstanceId, ProcessVariables.RETURNED_FROM);
        return mode == ResubmitMode.RETURNER && returnedFrom instanceof String key ? key : "";
    }

    /**
     * The amount and the type's facts as process variables. Every input of the routing table is
     * set, to null where the type has no such fact: the table cannot evaluate an unknown variable,
     * and a resubmission must clear a fact the first submission set.
     */
    static Map<String, Object> routingFacts(ApprovalRequest request) {
        Map<String, Object> facts = new HashMap<>();
        ProcessVariables.TYPE_ROUTING_FACTS.forEach(name -> facts.put(name, null));
        facts.putAll(request.facts());
        facts.put(ProcessVariables.AMOUNT_YUAN, request.amount().yuan().doubleValue());
        return facts;
    }

    /**
     * Whether the drafter may still withdraw: the first reviewer has not decided yet (科长, or
     * 主任办公会 for a unit's proposal). Read from the model: its first review task carries the
     * boundary event that waits for {@link BudgetDraftApproval#MESSAGE_WITHDRAW}, so the document is
     * withdrawable exactly while the engine has that subscription.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean isWithdrawable(long documentId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(businessKey(documentId))
            .messageEventSubscriptionName(BudgetDraftApproval.MESSAGE_WITHDRAW).count() > 0;
    }

    /** Withdraws a submitted document; the process ends at EndEvent_DraftWithdrawn. */
    public void withdraw(long documentId) {
        if (!isWithdrawable(documentId)) {
            throw new ConflictException("document " + documentId + " can no longer be withdrawn");
        }
        runtime.createMessageCorrelation(BudgetDraftApproval.MESSAGE_WITHDRAW)
            .processInstanceBusinessKey(businessKey(documentId))
            .correlate();
    }

    /** The step a document waits at, if it is in approval. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<ApprovalStep> currentStep(long documentId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(documentId)).active().list().stream()
            .map(t -> ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()))
            .flatMap(Optional::stream)
            .findFirst();
    }

    private Optional<ProcessInstance> activeInstance(long documentId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey(documentId)).singleResult());
    }

    private Optional<Task> openTask(long documentId, String taskKey) {
        return Optional.ofNullable(tasks.createTaskQuery()
            .processInstanceBusinessKey(businessKey(documentId))
            .taskDefinitionKey(taskKey).singleResult());
    }

    static String businessKey(long documentId) {
        return Long.toString(documentId);
    }
}
