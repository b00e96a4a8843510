package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.PathPreview;
import cn.nanchang.budgetflow.workflow.PredictedStep;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 流程预测 for a document its reader may see: the steps still ahead if everyone approves, with
 * who will handle each (the person holding a claimed task, else every member of the step's
 * group). An approved or voided document has nothing ahead.
 */
@Service
@Transactional(readOnly = true)
@Roles.Reader
public class DocumentPathPreview {

    private final DocumentAccess access;
    private final CurrentActor currentActor;
    private final PathPreview preview;
    private final OrganizationService organization;

    DocumentPathPreview(DocumentAccess access, CurrentActor currentActor, PathPreview preview,
            OrganizationService organization) {
        this.access = access;
        this.currentActor = currentActor;
        this.preview = preview;
        this.organization = organization;
    }

    public List<PathStep> ahead(long documentId) {
        return ahead(access.visible(documentId, currentActor.get()));
    }

    /** As {@link #ahead(long)} for a document whose reader the caller has checked already. */
    List<PathStep> ahead(ApprovalDocument document) {
        if (document.getStatus().isFinal()) {
            return List.of();
        }
        return preview.ahead(DocumentLifecycle.requestFor(document)).stream().map(this::withHandlers).toList();
    }

    private PathStep withHandlers(PredictedStep step) {
        List<String> handlers = step.assignee() != null ? List.of(organization.displayName(step.assignee()))
            : organization.membersOf(step.candidateGroup()).stream().map(AppUser::getDisplayName).toList();
        return new PathStep(step.step(), step.current(), handlers);
    }
}
