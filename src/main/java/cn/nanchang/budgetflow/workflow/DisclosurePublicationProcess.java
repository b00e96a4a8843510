package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.ConflictException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of processes/disclosure-publication.bpmn (预算公开发布): 综合科 prepares, the
 * 中心主任 approves publication or returns it. One instance per fiscal year, found by its
 * business key. Callers (the reporting module) have checked who may act; these methods join
 * their transaction so that the publication record and the process change together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DisclosurePublicationProcess {

    public static final String PROCESS_KEY = "disclosure-publication";
    public static final String TASK_PREPARE = "Task_FinancePrepare";
    public static final String TASK_APPROVE = "Task_DirectorApprove";
    public static final String APPROVED = "approved";
    public static final String FISCAL_YEAR = "fiscalYear";

    /** Where a year's publication waits. */
    public enum Step { PREPARE, APPROVE }

    private final RuntimeService runtime;
    private final TaskService tasks;

    DisclosurePublicationProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public static String businessKey(int fiscalYear) {
        return "disclosure-" + fiscalYear;
    }

    /** Starts the year's publication at 综合科编制; a year already in the process is a conflict. */
    public String start(int fiscalYear) {
        if (waitingAt(fiscalYear).isPresent()) {
            throw new ConflictException("disclosure " + fiscalYear + " is already being prepared");
        }
        Map<String, Object> variables = new HashMap<>(Map.of(FISCAL_YEAR, fiscalYear));
        publishDue(fiscalYear).ifPresent(due -> variables.put(BudgetYearModel.PUBLISH_DUE, due));
        return runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(fiscalYear), variables).getId();
    }

    /** The year's 20-day publication deadline (ISO date), as the budget year recorded it with the 批复. */
    private Optional<String> publishDue(int fiscalYear) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(BudgetYearProcess.PROCESS_KEY)
                .processInstanceBusinessKey(BudgetYearProcess.businessKey(fiscalYear)).singleResult())
            .map(year -> runtime.getVariable(year.getId(), BudgetYearModel.PUBLISH_DUE))
            .map(Object::toString);
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Step> waitingAt(int fiscalYear) {
        return open(fiscalYear).map(t -> TASK_PREPARE.equals(t.getTaskDefinitionKey()) ? Step.PREPARE : Step.APPROVE);
    }

    /** 综合科 hands the prepared disclosure to the director. */
    public void submit(int fiscalYear, String username) {
        complete(fiscalYear, TASK_PREPARE, username, Map.of());
    }

    /** The director's decision: approved ends the process (published); otherwise back to 综合科. */
    public void decide(int fiscalYear, String username, boolean approved) {
        complete(fiscalYear, TASK_APPROVE, username, Map.of(APPROVED, approved));
    }

    private void complete(int fiscalYear, String taskKey, String username, Map<String, Object> variables) {
        Task task = open(fiscalYear).filter(t -> taskKey.equals(t.getTaskDefinitionKey()))
            .orElseThrow(() -> new ConflictException("disclosure " + fiscalYear + " is not waiting at " + taskKey));
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), username);
        }
        tasks.complete(task.getId(), variables);
    }

    private Optional<Task> open(int fiscalYear) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(businessKey(fiscalYear)).active().singleResult());
    }
}
