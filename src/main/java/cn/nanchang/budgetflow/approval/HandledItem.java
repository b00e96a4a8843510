package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Instant;

/** A task the current user completed, with its document as it stands now. */
public record HandledItem(String taskId, ApprovalStep step, Instant completed, DocumentSummary document) {
}
