package cn.nanchang.budgetflow.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step-wise views of lists: 已办 as one row per document and step a person completed (the
 * latest time, if a returned document came back to them), and who holds each open step of a page
 * of documents now. Callers have checked what the person may see.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class StepLists {

    /** The step tasks of the approval models, inlined into the native query (constants, not input). */
    private static final String STEP_KEYS = Arrays.stream(ApprovalStep.values())
        .map(s -> "'" + s.taskKey() + "'").collect(Collectors.joining(","));
    /** A completed step task of the person, unless they completed the same step of the same document later. */
    private static final String LATEST_PER_STEP = " FROM ACT_HI_TASKINST RES JOIN ACT_HI_PROCINST P ON P.PROC_INST_ID_ = RES.PROC_INST_ID_"
        + " WHERE RES.ASSIGNEE_ = #{assignee} AND RES.DELETE_REASON_ = 'completed' AND RES.TASK_DEF_KEY_ IN (" + STEP_KEYS + ")"
        + " AND NOT EXISTS (SELECT 1 FROM ACT_HI_TASKINST T2 JOIN ACT_HI_PROCINST P2 ON P2.PROC_INST_ID_ = T2.PROC_INST_ID_"
        + " WHERE T2.ASSIGNEE_ = RES.ASSIGNEE_ AND T2.DELETE_REASON_ = 'completed' AND T2.TASK_DEF_KEY_ = RES.TASK_DEF_KEY_"
        + " AND P2.BUSINESS_KEY_ = P.BUSINESS_KEY_"
        + " AND (T2.END_TIME_ > RES.END_TIME_ OR (T2.END_TIME_ = RES.END_TIME_ AND T2.ID_ > RES.ID_)))";

    private final HistoryService history;
    private final TaskService tasks;
    private final RuntimeService runtime;

    StepLists(HistoryService history, TaskService tasks, RuntimeService runtime) {
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** 已办: newest first, one per document and step. */
    public List<CompletedTask> handledSteps(String username, int offset, int limit) {
        List<HistoricTaskInstance> done = history.createNativeHistoricTaskInstanceQuery()
            .sql("SELECT RES.*" + LATEST_PER_STEP + " ORDER BY RES.END_TIME_ DESC, RES.ID_ DESC")
            .parameter("assignee", username).listPage(offset, limit);
        if (done.isEmpty()) {
            return List.of();
        }
        Map<String, String> keys = history.createHistoricProcessInstanceQuery()
            .processInstanceIds(done.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()))
            .list().stream().collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        return done.stream().map(t -> new CompletedTask(t.getId(), Long.parseLong(keys.get(t.getProcessInstanceId())),
                ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).orElseThrow(), t.getStartTime().toInstant(),
                t.getEndTime().toInstant()))
            .toList();
    }

    public long handledStepCount(String username) {
        return history.createNativeHistoricTaskInstanceQuery().sql("SELECT COUNT(*)" + LATEST_PER_STEP)
            .parameter("assignee", username).count();
    }

    /** The open steps of these documents and who holds each; documents not in approval are absent. */
    public Map<Long, List<StepHolding>> holdings(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        List<Task> open = tasks.createTaskQuery().active().processInstanceBusinessKeyIn(documentIds.stream()
            .map(ApprovalProcesses::businessKey).toArray(String[]::new)).orderByTaskCreateTime().asc().list();
        Map<String, String> keys = new HashMap<>();
        if (!open.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(open.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet())).list().forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        Map<Long, List<StepHolding>> holdings = new LinkedHashMap<>();
        for (Task t : open) {
            ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).filter(s -> keys.containsKey(t.getProcessInstanceId()))
                .ifPresent(step -> {
                    long id = Long.parseLong(keys.get(t.getProcessInstanceId()));
                    holdings.computeIfAbsent(id, k -> new ArrayList<>()).add(new StepHolding(id, step, t.getAssignee(),
                        t.getAssignee() == null ? candidateGroups(t) : List.of(), t.getCreateTime().toInstant()));
                });
        }
        return holdings;
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(link -> link.getGroupId()).distinct().toList();
    }
}
