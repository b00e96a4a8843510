package cn.nanchang.budgetflow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's incidents (issue 20 §5): jobs (timers, reminders, e-mail, asynchronous steps) that
 * failed with no retries left and so wait for a person. Callers (the administrators' service)
 * have checked who may see and retry them.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class FailedJobs {

    /**
     * One incident: its job, where it stands (the process and the step, by key and by the Chinese
     * name the models give them, which is what an administrator reads), the document (business key)
     * and the error (null for an exception without one).
     */
    public record FailedJob(String incidentId, String jobId, String processKey, @Nullable String processName, String activityId,
            @Nullable String activityName, String businessKey, Instant since, @Nullable String message) {
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;

    FailedJobs(RuntimeService runtime, ManagementService management, RepositoryService repository) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    /** Open incidents of failed jobs, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<FailedJob> open(int limit) {
        return runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).orderByIncidentTimestamp().asc()
            .listPage(0, limit).stream().map(this::view).toList();
    }

    /** How many incidents are open (the health check's figure). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long count() {
        return runtime.createIncidentQuery().count();
    }

    /** The open incident of this job, if any. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<FailedJob> ofJob(String jobId) {
        return Optional.ofNullable(runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
            .configuration(jobId).singleResult()).map(this::view);
    }

    /**
     * Gives the job one more try and the engine resolves its incident. It runs at its due date, which for a job
     * that failed is already past; a timer is not brought forward, so a deadline reminder still comes on time.
     */
    public void retry(String jobId) {
        management.setJobRetries(jobId, 1);
    }

    private FailedJob view(Incident incident) {
        ProcessInstance instance = incident.getProcessInstanceId() == null ? null
            : runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId()).singleResult();
        String definition = incident.getProcessDefinitionId();
        return new FailedJob(incident.getId(), incident.getConfiguration(),
            definition == null ? null : definition.split(":")[0], definition == null ? null : processName(definition),
            incident.getActivityId(), definition == null ? null : activityName(definition, incident.getActivityId()),
            instance == null ? null : instance.getBusinessKey(),
            incident.getIncidentTimestamp() == null ? null : incident.getIncidentTimestamp().toInstant(),
            incident.getIncidentMessage());
    }

    /** Both read from the engine's deployment cache, not the database, after the first time. */
    private String processName(String definitionId) {
        return repository.getProcessDefinition(definitionId).getName();
    }

    private String activityName(String definitionId, String activityId) {
        if (activityId == null) {
            return null;
        }
        FlowElement element = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
        return element == null ? null : element.getName();
    }
}
