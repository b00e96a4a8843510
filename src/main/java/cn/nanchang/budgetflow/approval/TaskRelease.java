package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalTasks;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an administrator disables an account or changes its role or section, the review tasks
 * that person had claimed but may no longer take go back to their candidate group, so that a
 * document never waits for someone who cannot act on it. Each release is recorded on its
 * document as an unclaim by the administrator, with the reason.
 */
@Service
@Transactional
@Roles.Admin
public class TaskRelease {

    private final ApprovalTasks tasks;
    private final DocumentLookup documents;
    private final DocumentAudit audit;
    private final CurrentActor currentActor;

    TaskRelease(ApprovalTasks tasks, DocumentLookup documents, DocumentAudit audit, CurrentActor currentActor) {
        this.tasks = tasks;
        this.documents = documents;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    /** @return how many tasks went back to their groups */
    public int releaseClaimsOf(String username, Collection<String> groupsNow, String reason) {
        Actor admin = currentActor.get();
        int released = 0;
        for (OpenTask task : tasks.releaseClaimsNoLongerAllowed(username, groupsNow)) {
            ApprovalDocument document = documents.find(task.documentId()).orElseThrow();
            String status = document.getStatus().name();
            audit.record(audit.about(AuditAction.UNCLAIM, admin, document).task(task.taskId(), task.step().name())
                .status(status, status).details(reason + "：" + username + " 签收的任务退回候选组"));
            released++;
        }
        return released;
    }
}
