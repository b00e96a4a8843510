package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditCoverage;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentContents;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.SignatureImages;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the printable approval sheet of a document for whoever may read the document. */
@Service
@Transactional(readOnly = true)
@Roles.Reader
public class ApprovalSheets {

    /** The actions that make up the approval; edits, claims, copies and exports are in the timeline, not on the sheet. */
    private static final Set<AuditAction> STEPS = EnumSet.of(AuditAction.SUBMIT, AuditAction.RESUBMIT, AuditAction.WITHDRAW,
        AuditAction.APPROVE, AuditAction.RETURN, AuditAction.COLLECTIVE_DECISION, AuditAction.RETURN_TO_STEP,
        AuditAction.WITHDRAW_APPROVAL, AuditAction.VOID);

    private final DocumentAccess access;
    private final DocumentQueries queries;
    private final AuditLog audit;
    private final OrganizationService organization;
    private final List<DocumentContents> contents;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final SignatureImages signatures;
    private final AuditAnchors anchors;

    ApprovalSheets(DocumentAccess access, DocumentQueries queries, AuditLog audit, OrganizationService organization,
            List<DocumentContents> contents, CurrentActor currentActor, Clock clock, SignatureImages signatures, AuditAnchors anchors) {
        this.signatures = signatures;
        this.anchors = anchors;
        this.access = access;
        this.queries = queries;
        this.audit = audit;
        this.organization = organization;
        this.contents = contents;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public ApprovalSheet of(long documentId) {
        ApprovalDocument document = access.visible(documentId, currentActor.get());
        List<DocumentContents.ContentTable> tables = contents.stream()
            .filter(c -> c.type() == document.documentType())
            .flatMap(c -> c.tables(documentId).stream())
            .toList();
        List<AuditEntry> entries = audit.documentTrail(documentId).stream().filter(e -> STEPS.contains(e.getAction())).toList();
        Function<AuditEntry, String> signed = signatures.ofDecisions(entries);
        List<ApprovalSheet.Step> steps = entries.stream()
            .map(e -> step(e, signed.apply(e)))
            .toList();
        AuditCoverage coverage = anchors.ofDocument(documentId);
        return new ApprovalSheet(queries.summary(document), document.getCreatedAt(), tables, steps, clock.instant(), coverage,
            anchors.text(coverage));
    }

    private ApprovalSheet.Step step(AuditEntry e, String signature) {
        ApprovalStep step = e.getStep() == null ? null : ApprovalStep.valueOf(e.getStep());
        return new ApprovalSheet.Step(e.getOccurredAt(), step, e.getAction(), e.getActor(),
            organization.displayName(e.getActor()), e.getActorRole(), e.getComment(), e.getDetails(), signature);
    }
}
