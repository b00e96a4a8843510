package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.document.DocumentContents;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.audit.AuditCoverage;
import java.time.Instant;
import java.util.List;

/**
 * The approval sheet (审批单) of a document: its header, its content as its type shows it, and
 * every step of its approval with who acted, when, and their opinion, from the audit log; and the
 * audit sequence and checkpoint it rests on.
 */
public record ApprovalSheet(DocumentSummary document, Instant createdAt, List<DocumentContents.ContentTable> contents,
        List<Step> steps, Instant printedAt, AuditCoverage coverage, String coverageText) {

    public ApprovalSheet {
        contents = List.copyOf(contents);
        steps = List.copyOf(steps);
    }

    /**
     * One recorded step: submission, decision, withdrawal or collective decision; a decision
     * carries its maker's handwritten signature as a PNG data URL when they have drawn one.
     */
    public record Step(Instant at, ApprovalStep step, AuditAction action, String actor, String actorName, String role,
            String comment, String details, String signature) {
    }
}
