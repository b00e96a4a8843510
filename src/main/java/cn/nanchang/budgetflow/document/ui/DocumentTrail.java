package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.document.CollectiveDecision;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.DocumentReview;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The lower half of every document page: the 主任办公会 decisions recorded on it, the operations
 * the reader may take (撤回, 作废), the review form when the reader holds a task on it (never for
 * auditors) with 转办 and 委派 beside it, or the delegate's hand-back form, the steps still ahead
 * (流程预测), and the history timeline.
 */
public class DocumentTrail extends VerticalLayout {

    public DocumentTrail(long documentId, DocumentReview review, DocumentHistory history, CurrentActor currentActor,
            OperationServices services, Runnable refresh) {
        setPadding(false);
        // each part is built on its own: a part that fails shows a notice in its place, never the error page
        add(PagePart.guarded("collective-decisions", "step.COLLECTIVE_DECISION", () -> collectiveDecisions(review, documentId)));
        boolean mayAct = currentActor.get().role() != Role.AUDITOR;
        add(PagePart.guarded("cc-panel", "cc.panelTitle", () -> {
            if (mayAct) {
                services.carbonCopies().markRead(documentId);
            }
            return new CcPanel(documentId, services.carbonCopies(), mayAct, refresh);
        }));
        if (mayAct) {
            add(PagePart.guarded("operations-bar", "page.part.operations",
                () -> new OperationsBar(documentId, services.operations(), services.signers(), services.chases(), refresh)));
            add(PagePart.guarded("review-panel", "review.title", () -> reviewPart(documentId, review, services)));
        }
        add(PagePart.guarded("path-preview", "preview.title", () -> new PathPreviewPanel(documentId, services.pathPreview())));
        add(PagePart.guarded("history", "doc.history", () -> new HistoryTimeline(history.of(documentId))));
    }

    /** The review form (with 转办 and 委派) or the delegate's hand-back form when the reader holds a task here; else nothing. */
    private static Div reviewPart(long documentId, DocumentReview review, OperationServices services) {
        Div part = new Div();
        part.setWidthFull();
        review.myTaskOn(documentId).ifPresent(task -> {
            if (task.isWithDelegate()) {
                part.add(new DelegatedTaskPanel(task, services.handover()));
            } else {
                part.add(new ReviewPanel(task, review, services.operations(), services.opinions()),
                    new HandoverBar(task, services.handover(), services.signers()));
            }
        });
        return part;
    }

    private Div collectiveDecisions(DocumentReview review, long documentId) {
        List<CollectiveDecision> decisions = review.collectiveDecisions(documentId);
        Div box = new Div();
        if (decisions.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        box.add(new H3(getTranslation("step.COLLECTIVE_DECISION")));
        box.setId("collective-decisions");
        box.setWidthFull();
        for (CollectiveDecision d : decisions) {
            Div entry = new Div();
            entry.addClassName("collective-decision");
            entry.getElement().setAttribute("data-passed", Boolean.toString(d.isPassed()));
            entry.add(field("review.meetingDate", d.getMeetingDate().toString()),
                field("review.attendees", d.getAttendees()),
                field("review.minutesRef", d.getMinutesRef()),
                field("collective.outcome", getTranslation(d.isPassed() ? "review.passed" : "review.notPassed")),
                field("collective.recordedAt", Formats.time(d.getRecordedAt())));
            if (d.getComment() != null) {
                entry.add(field("history.comment", d.getComment()));
            }
            box.add(entry);
        }
        return box;
    }

    private Span field(String labelKey, String value) {
        Span span = new Span(getTranslation(labelKey) + "：" + value);
        span.addClassName("collective-field");
        return span;
    }
}
