package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.FailedJobs;
import cn.nanchang.budgetflow.workflow.FailedJobs.FailedJob;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 异常任务 (issue 20 §5): the administrators' view of jobs that failed with no retries left
 * (timers, reminders, e-mail), and the retry that gives such a job one more try now. A retry is
 * recorded in the audit log with the job, its step, its document and the error it had.
 */
@Service
@Transactional
@Roles.Admin
public class IncidentAdministration {

    static final int MAX_LISTED = 500;

    private final FailedJobs failedJobs;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Messages messages;

    IncidentAdministration(FailedJobs failedJobs, AuditLog audit, CurrentActor currentActor, Messages messages) {
        this.failedJobs = failedJobs;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** Open incidents, oldest first. */
    @Transactional(readOnly = true)
    public List<FailedJob> list() {
        return failedJobs.open(MAX_LISTED);
    }

    /** One more try for the failed job; 404 when it has no open incident (retried already, or never failed). */
    public FailedJob retry(String jobId) {
        String id = jobId == null ? "" : jobId.strip();
        FailedJob failed = failedJobs.ofJob(id).orElseThrow(() -> new NotFoundException(messages.get("admin.incident.notFound",
            id.length() > 64 ? id.substring(0, 64) + "…" : id)));
        failedJobs.retry(failed.jobId());
        Actor admin = currentActor.get();
        audit.record(AuditRecord.of(AuditAction.JOB_RETRIED, admin.username(), admin.role().name())
            .details(messages.get("admin.incident.retried", failed.jobId(), failed.processKey(), failed.activityId(),
                failed.businessKey(), failed.message())));
        return failed;
    }
}
