package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.CollectiveDecision;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.HistoryTimeline;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The lower half of every document page: the 主任办公会 decisions recorded on it, the operations
 * the reader may take (撤回, 作废), the action bar fixed at the bottom of the screen when the
 * reader holds a task on it (never for auditors), and the history timeline. The progress
 * timeline at the top of the page comes from {@link #progress}.
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
            add(PagePart.guarded("action-bar", "review.title", () -> actionBar(documentId, review, services)));
        }
        add(PagePart.guarded("history", "doc.history", () -> new HistoryTimeline(history.of(documentId))));
    }

    /** 审批进度, for the top of a document page; like every part, a failure shows a notice in its place. */
    public static Component progress(long documentId, OperationServices services) {
        return PagePart.guarded("progress-timeline", "progress.title",
            () -> new ProgressTimeline(services.progress().progress(documentId)));
    }

    /** The action bar when the reader holds a task here, and room under the page for it; else nothing. */
    private Div actionBar(long documentId, DocumentReview review, OperationServices services) {
        Div part = new Div();
        review.myTaskOn(documentId).ifPresent(task -> {
            part.add(new ActionBar(task, review, services));
            addClassName("has-action-bar");
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
