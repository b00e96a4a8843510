package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.CollectiveDecision;
import cn.nanchang.budgetflow.approval.DocumentPageModel;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.document.ui.HistoryTimeline;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The lower half of every document page, from its read model: the 主任办公会 decisions recorded
 * on it, the copies, the operations the reader may take (撤回, 减签, 催办, 作废), the action bar
 * fixed at the bottom of the screen when the reader holds a task on it (never for auditors), and
 * the history timeline. Each part is built on its own: one that fails shows a notice in its
 * place, never the error page.
 */
class DocumentTrail extends VerticalLayout {

    DocumentTrail(DocumentPageModel model, DocumentPageParts parts, Runnable refresh) {
        setPadding(false);
        add(PagePart.guarded("collective-decisions", "step.COLLECTIVE_DECISION", () -> collectiveDecisions(model.decisions().get())));
        add(PagePart.guarded("cc-panel", "cc.panelTitle", () -> parts.ccPanel(model, refresh)));
        if (model.mayAct()) {
            add(PagePart.guarded("operations-bar", "page.part.operations", () -> parts.operationsBar(model, refresh)));
            add(PagePart.guarded("action-bar", "review.title", () -> actionBar(model, parts)));
        }
        add(PagePart.guarded("history", "doc.history", () -> new HistoryTimeline(model.history().get())));
    }

    /** The action bar when the reader holds a task here, and room under the page for it; else nothing. */
    private Div actionBar(DocumentPageModel model, DocumentPageParts parts) {
        Div part = new Div();
        model.task().get().ifPresent(task -> {
            part.add(parts.actionBar(task));
            addClassName("has-action-bar");
        });
        return part;
    }

    private Div collectiveDecisions(List<CollectiveDecision> decisions) {
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
