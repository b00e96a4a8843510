package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.ChangeText;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ProcessDiagram;
import cn.nanchang.budgetflow.workflow.ProcessHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For auditors: a document's complete timeline, merged from the audit log and the engine's
 * history, and its process diagram with the path taken.
 */
@Service
@Transactional(readOnly = true)
@Roles.Auditor
public class DocumentTimelines {

    private final DocumentAccess access;
    private final DocumentQueries queries;
    private final AuditLog audit;
    private final ProcessHistory processes;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final ChangeText changeText;

    DocumentTimelines(DocumentAccess access, DocumentQueries queries, AuditLog audit, ProcessHistory processes,
            OrganizationService organization, CurrentActor currentActor, ChangeText changeText) {
        this.access = access;
        this.queries = queries;
        this.audit = audit;
        this.processes = processes;
        this.organization = organization;
        this.currentActor = currentActor;
        this.changeText = changeText;
    }

    public DocumentTimeline of(long documentId) {
        ApprovalDocument document = access.visible(documentId, currentActor.get());
        return TimelineMerge.merge(queries.summary(document), document.getCreatedAt(), audit.documentTrail(documentId),
            processes.tasksOf(documentId), organization::displayName, changeText);
    }

    public ProcessDiagram diagram(long documentId) {
        ApprovalDocument document = access.visible(documentId, currentActor.get());
        return processes.diagramOf(documentId, document.documentType());
    }
}
