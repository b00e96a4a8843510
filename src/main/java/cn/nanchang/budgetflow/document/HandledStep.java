package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;
import java.util.List;

/**
 * 已办: a step of a document I completed (the latest time), what I decided there ({@code decision},
 * null if no decision was recorded, e.g. a resubmission) and where the document stands now.
 */
public record HandledStep(String taskId, ApprovalStep step, Instant completed, AuditAction decision,
        DocumentSummary document, List<Holder> holders) {

    public HandledStep {
        holders = List.copyOf(holders);
    }
}
