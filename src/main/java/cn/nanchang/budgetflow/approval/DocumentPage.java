package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.approval.DocumentPageModel.Copies;
import cn.nanchang.budgetflow.approval.DocumentPageModel.MyTask;
import cn.nanchang.budgetflow.approval.DocumentPageModel.Operations;
import cn.nanchang.budgetflow.approval.DocumentPageModel.Part;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The read model of a document page ({@link DocumentPageModel}): one call, one read-only
 * transaction, one access check, instead of a dozen services each checking access again. The
 * services asked here answer for a document already checked; their own public methods, which
 * check it themselves, stay for the REST API. Reading never writes: marking one's copy read is
 * the command {@link #open}.
 */
@Service
@Transactional(readOnly = true)
@Roles.Reader
public class DocumentPage {

    private final DocumentAccess access;
    private final CurrentActor currentActor;
    private final DocumentHistory history;
    private final DocumentLifecycle lifecycle;
    private final ApprovalProgress progress;
    private final CollectiveDecisionRepository decisions;
    private final CarbonCopies copies;
    private final DocumentOperations operations;
    private final DocumentSigners signers;
    private final DocumentChases chases;
    private final DocumentReview review;
    private final CommonOpinions opinions;

    DocumentPage(DocumentAccess access, CurrentActor currentActor, DocumentHistory history, DocumentLifecycle lifecycle,
            ApprovalProgress progress, CollectiveDecisionRepository decisions, CarbonCopies copies,
            DocumentOperations operations, DocumentSigners signers, DocumentChases chases, DocumentReview review,
            CommonOpinions opinions) {
        this.access = access;
        this.currentActor = currentActor;
        this.history = history;
        this.lifecycle = lifecycle;
        this.progress = progress;
        this.decisions = decisions;
        this.copies = copies;
        this.operations = operations;
        this.signers = signers;
        this.chases = chases;
        this.review = review;
        this.opinions = opinions;
    }

    /**
     * The reader opened the document's page: a copy (抄送) of it to them counts as read from now
     * on. The page calls this once when it is entered, before it reads anything.
     */
    @Transactional
    public void open(long documentId) {
        if (mayAct(currentActor.get())) {
            copies.markRead(documentId);
        }
    }

    /** Everything the page shows besides the type's details; a document the reader may not see is not found. */
    public DocumentPageModel of(long documentId) {
        Actor actor = currentActor.get();
        ApprovalDocument document = access.visible(documentId, actor);
        boolean mayAct = mayAct(actor);
        boolean drafter = document.getDrafter().equals(actor.username());
        DocumentPageModel model = new DocumentPageModel(documentId, drafter, mayAct,
            Part.read(() -> history.latestReturn(document)),
            Part.read(() -> drafter && lifecycle.canWithdraw(document, actor)),
            Part.read(() -> progress.progress(document)),
            Part.read(() -> decisions.findByDocumentIdOrderByIdAsc(documentId)),
            Part.read(() -> new Copies(copies.recipientsOf(document), mayAct && copies.canSend(document, actor))),
            Part.read(() -> mayAct ? operations(document, actor) : Operations.NONE),
            Part.read(() -> mayAct ? task(document, actor) : Optional.<MyTask>empty()),
            Part.read(() -> history.of(document)));
        if (model.anyFailed()) {
            // a part that failed inside another service marked the transaction rollback-only; rolling
            // back this read on purpose loses nothing and keeps the other parts from an UnexpectedRollbackException
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return model;
    }

    private Operations operations(ApprovalDocument document, Actor actor) {
        return new Operations(operations.withdrawableApproval(document, actor), signers.removableSigner(document, actor),
            chases.canChase(document, actor), operations.canVoid(document, actor));
    }

    /** A delegate only gives the task back, and 主任办公会 returns only to the drafter: neither form asks for more. */
    private Optional<MyTask> task(ApprovalDocument document, Actor actor) {
        return review.myTaskOn(document, actor).map(item -> item.isWithDelegate() ? new MyTask(item, List.of(), List.of())
            : new MyTask(item, item.step() == ApprovalStep.COLLECTIVE_DECISION ? List.of()
                : operations.returnTargets(item.taskId()), opinions.choices()));
    }

    private static boolean mayAct(Actor actor) {
        return actor.role() != Role.AUDITOR;
    }
}
