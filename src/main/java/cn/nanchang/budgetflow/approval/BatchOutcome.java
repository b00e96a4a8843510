package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.document.DocumentSummary;
import org.springframework.lang.Nullable;

/**
 * What became of one task of a batch approval: approved (with the document's new status) or
 * refused, with the HTTP status and Chinese message a single approval would have answered.
 */
public record BatchOutcome(String taskId, @Nullable Long documentId, @Nullable String documentNumber, boolean approved,
        @Nullable DocumentStatus documentStatus, int errorStatus, @Nullable String message) {

    static BatchOutcome approved(String taskId, DocumentSummary document, DocumentStatus status) {
        return new BatchOutcome(taskId, document.id(), document.number(), true, status, 0, null);
    }

    static BatchOutcome refused(String taskId, DocumentSummary document, int errorStatus, String message) {
        return new BatchOutcome(taskId, document == null ? null : document.id(),
            document == null ? null : document.number(), false, null, errorStatus, message);
    }
}
