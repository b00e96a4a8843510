package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engine remembers about a document's approvals, for auditors: every user task with its
 * arrival, assignments, end and duration, and the deployed model with the path taken. Plain records
 * only, no engine types. Callers have already checked that the reader may see the document.
 * An open task is overdue past its due date, or, without one, once older than
 * {@code budgetflow.workflow.overdue-after} (three days unless configured).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class ProcessHistory {

    private static final int IN_LIST_SLICE = 500;

    private final HistoryService history;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Clock clock;
    private final Duration overdueAfter;

    ProcessHistory(HistoryService history, RepositoryService repository, TaskService tasks, RuntimeService runtime,
            Clock clock, @Value("${budgetflow.workflow.overdue-after:P3D}") Duration overdueAfter) {
        this.history = history;
        this.repository = repository;
        this.tasks = tasks;
        this.runtime = runtime;
        this.clock = clock;
        this.overdueAfter = overdueAfter;
    }

    /** Every user task of every approval of the document (a withdrawn and resubmitted one has several), oldest first. */
    public List<TaskRecord> tasksOf(long documentId) {
        Instant now = clock.instant();
        return history.createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId)).list().stream()
            .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime).thenComparing(HistoricTaskInstance::getId))
            .map(t -> toRecord(t, now))
            .toList();
    }

    /**
     * What the routing table decided for the document's latest approval (after the director), if it
     * got that far: the reason, and whether the approval is recorded as needing 财政 approval
     * ({@link ProcessVariables#FINANCE_BUREAU_APPROVAL}, set by adjustment-routing.dmn only).
     */
    public Optional<RoutingOutcome> routingOf(long documentId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId))
            .orderByProcessInstanceStartTime().desc().list().stream().findFirst().flatMap(instance -> {
                Map<String, Object> values = new java.util.HashMap<>();
                history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableNameIn(ProcessVariables.ROUTING_REASON, ProcessVariables.FINANCE_BUREAU_APPROVAL).list()
                    .forEach(v -> values.put(v.getName(), v.getValue()));
                return values.get(ProcessVariables.ROUTING_REASON) instanceof String reason
                    ? Optional.of(new RoutingOutcome(reason, Boolean.TRUE.equals(values.get(ProcessVariables.FINANCE_BUREAU_APPROVAL))))
                    : Optional.empty();
            });
    }

    /** The routing table's reason, and whether 财政 must approve too. */
    public record RoutingOutcome(String reason, boolean financeBureauApproval) {
    }

    /** The steps each of these documents waits at now; documents not in approval are absent. */
    public Map<Long, List<ApprovalStep>> currentSteps(Collection<Long> documentIds) {
        List<String> keys = documentIds.stream().map(ApprovalProcesses::businessKey).toList();
        List<Task> open = new ArrayList<>();
        // in slices, so that an export of thousands of documents stays within any database's limit on IN lists
        for (int from = 0; from < keys.size(); from += IN_LIST_SLICE) {
            open.addAll(tasks.createTaskQuery().active()
                .processInstanceBusinessKeyIn(keys.subList(from, Math.min(keys.size(), from + IN_LIST_SLICE)).toArray(String[]::new))
                .list());
        }
        Map<String, String> businessKeys = new LinkedHashMap<>();
        Set<String> instanceIds = new HashSet<>();
        open.forEach(t -> instanceIds.add(t.getProcessInstanceId()));
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
        }
        Map<Long, List<ApprovalStep>> steps = new LinkedHashMap<>();
        for (Task t : open) {
            ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).ifPresent(step -> steps
                .computeIfAbsent(Long.parseLong(businessKeys.get(t.getProcessInstanceId())), k -> new ArrayList<>()).add(step));
        }
        return steps;
    }

    /**
     * The model of the document's latest approval with what happened on it; for a document never
     * submitted, the current model of its type with nothing marked.
     */
    public ProcessDiagram diagramOf(long documentId, DocumentType type) {
        Optional<HistoricProcessInstance> latest = history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId))
            .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
        if (latest.isEmpty()) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ApprovalProcesses.processKey(type)).latestVersion().singleResult();
            return new ProcessDiagram(definition.getKey(), null, xml(definition.getId()), Set.of(), Set.of(), Set.of(),
                Set.of(), false);
        }
        HistoricProcessInstance instance = latest.get();
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
        Set<String> overdue = new HashSet<>();
        tasksOf(documentId).stream()
            .filter(t -> t.overdue() && t.processInstanceId().equals(instance.getId()))
            .forEach(t -> overdue.add(t.taskKey()));
        TakenPath path = TakenPath.of(repository.getBpmnModelInstance(instance.getProcessDefinitionId()), activities);
        return new ProcessDiagram(instance.getProcessDefinitionKey(), instance.getId(), xml(instance.getProcessDefinitionId()),
            path.completed(), path.flows(), path.current(), overdue, instance.getEndTime() != null);
    }

    private TaskRecord toRecord(HistoricTaskInstance t, Instant now) {
        Instant created = t.getStartTime().toInstant();
        Instant ended = instant(t.getEndTime());
        Instant due = instant(t.getDueDate());
        TaskRecord.End end = ended == null ? TaskRecord.End.OPEN
            : "completed".equals(t.getDeleteReason()) ? TaskRecord.End.COMPLETED : TaskRecord.End.CANCELLED;
        long duration = ended == null ? Duration.between(created, now).toMillis()
            : Optional.ofNullable(t.getDurationInMillis()).orElse(Duration.between(created, ended).toMillis());
        boolean overdue = ended == null && (due != null ? now.isAfter(due) : now.isAfter(created.plus(overdueAfter)));
        return new TaskRecord(t.getId(), t.getProcessInstanceId(), t.getTaskDefinitionKey(), t.getName(),
            ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).orElse(null), created, due, ended, t.getAssignee(),
            duration, end, overdue, assignments(t.getId()));
    }

    private List<TaskRecord.Assignment> assignments(String taskId) {
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.ASSIGNEE)
            .orderByTime().asc().list().stream()
            .map(l -> new TaskRecord.Assignment(l.getTime().toInstant(), l.getUserId(), "add".equals(l.getOperationType())))
            .toList();
    }

    private String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
