package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;
import java.util.List;

/** A document as the auditors' search shows it: the list summary, when it was created, and where its approval waits. */
public record AuditedDocument(DocumentSummary document, Instant createdAt, List<ApprovalStep> currentSteps) {

    public AuditedDocument {
        currentSteps = List.copyOf(currentSteps);
    }
}
