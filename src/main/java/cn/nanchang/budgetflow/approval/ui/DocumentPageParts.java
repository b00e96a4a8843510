package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.attachment.ui.AttachmentPanels;
import cn.nanchang.budgetflow.approval.CarbonCopies;
import cn.nanchang.budgetflow.approval.DocumentChases;
import cn.nanchang.budgetflow.approval.DocumentHandover;
import cn.nanchang.budgetflow.approval.DocumentOperations;
import cn.nanchang.budgetflow.approval.DocumentPage;
import cn.nanchang.budgetflow.approval.DocumentPageModel;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.DocumentSigners;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import cn.nanchang.budgetflow.workbench.DocumentExports;
import cn.nanchang.budgetflow.workbench.ui.DocumentLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the parts every document page shares ({@link DocumentPageLayout}) from the page's read
 * model. The model says what to show and what the reader may do; the command services here are
 * asked only when the reader clicks (decide, hand over, copy, 撤回, 作废, …), never to read.
 */
@SpringComponent
public class DocumentPageParts {

    private static final Logger log = LoggerFactory.getLogger(DocumentPageParts.class);

    private final DocumentPage pages;
    private final DocumentLifecycle lifecycle;
    private final DocumentExports exports;
    private final DocumentReview review;
    private final DocumentOperations operations;
    private final DocumentSigners signers;
    private final DocumentChases chases;
    private final DocumentHandover handover;
    private final CarbonCopies copies;
    private final AttachmentPanels attachments;

    DocumentPageParts(DocumentPage pages, DocumentLifecycle lifecycle, DocumentExports exports, DocumentReview review,
            DocumentOperations operations, DocumentSigners signers, DocumentChases chases, DocumentHandover handover,
            CarbonCopies copies, AttachmentPanels attachments) {
        this.attachments = attachments;
        this.pages = pages;
        this.lifecycle = lifecycle;
        this.exports = exports;
        this.review = review;
        this.operations = operations;
        this.signers = signers;
        this.chases = chases;
        this.handover = handover;
        this.copies = copies;
    }

    /** The reader entered the page: their copy is read from now on. A failure here never keeps them from the document. */
    void open(long documentId) {
        try {
            pages.open(documentId);
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("marking the copy of document {} read failed", documentId, e);
        }
    }

    DocumentPageModel read(long documentId) {
        return pages.of(documentId);
    }

    /** The drafter's buttons and the reader's links, under the header. */
    Component actions(DocumentActions.Target target, DocumentPageModel model, Runnable refresh) {
        return new DocumentActions(target, lifecycle, model.drafter(), model.returned(), model.withdrawable(), refresh,
            DocumentLinks.of(target.id(), exports));
    }

    /** 审批进度, at the top of the page; like every part, a failure shows a notice in its place. */
    Component progress(DocumentPageModel model) {
        return PagePart.guarded("progress-timeline", "progress.title", () -> new ProgressTimeline(model.progress().get()));
    }

    /** 附件, under the type's details: readers list, preview and download; the drafter and the task's reviewer upload. */
    Component attachments(long documentId) {
        return attachments.panel(documentId);
    }

    Component trail(DocumentPageModel model, Runnable refresh) {
        return new DocumentTrail(model, this, refresh);
    }

    CcPanel ccPanel(DocumentPageModel model, Runnable refresh) {
        return new CcPanel(model.documentId(), model.copies().get(), copies, refresh);
    }

    OperationsBar operationsBar(DocumentPageModel model, Runnable refresh) {
        return new OperationsBar(model.documentId(), model.operations().get(), operations, signers, chases, refresh);
    }

    ActionBar actionBar(DocumentPageModel.MyTask task) {
        return new ActionBar(task, review, handover, signers);
    }
}
