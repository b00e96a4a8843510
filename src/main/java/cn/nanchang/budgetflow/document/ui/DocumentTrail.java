package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
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
 * auditors) with 转办 and 委派 beside it, or the delegate's hand-back form, and the history timeline.
 */
public class DocumentTrail extends VerticalLayout {

    public DocumentTrail(long documentId, DocumentReview review, DocumentHistory history, CurrentActor currentActor,
            OperationServices services, Runnable refresh) {
        setPadding(false);
        List<CollectiveDecision> decisions = review.collectiveDecisions(documentId);
        if (!decisions.isEmpty()) {
            add(collectiveDecisions(decisions));
        }
        boolean mayAct = currentActor.get().role() != Role.AUDITOR;
        if (mayAct) {
            services.carbonCopies().markRead(documentId);
        }
        add(new CcPanel(documentId, services.carbonCopies(), mayAct, refresh));
        if (mayAct) {
            add(new OperationsBar(documentId, services.operations(), services.signers(), refresh));
            review.myTaskOn(documentId).ifPresent(task -> {
                if (task.isWithDelegate()) {
                    add(new DelegatedTaskPanel(task, services.handover()));
                } else {
                    add(new ReviewPanel(task, review, services.operations()), new HandoverBar(task, services.handover(), services.signers()));
                }
            });
        }
        add(new HistoryTimeline(history.of(documentId)));
    }

    private Div collectiveDecisions(List<CollectiveDecision> decisions) {
        Div box = new Div(new H3(getTranslation("step.COLLECTIVE_DECISION")));
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
