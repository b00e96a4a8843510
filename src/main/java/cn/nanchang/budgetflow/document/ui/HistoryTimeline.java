package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.ChangeLine;
import cn.nanchang.budgetflow.document.HistoryEntry;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A document's history as a vertical timeline: when, who in which role, what, the comment, and
 * the changed values folded under one line per action.
 */
public class HistoryTimeline extends Div {

    public HistoryTimeline(List<HistoryEntry> entries) {
        setId("history");
        addClassName("history-timeline");
        add(new H3(getTranslation("doc.history")));
        if (entries.isEmpty()) {
            add(new Span(getTranslation("doc.historyEmpty")));
        }
        for (HistoryEntry e : entries) {
            Div item = new Div();
            item.addClassName("history-entry");
            item.getElement().setAttribute("data-action", e.action().name());
            Span when = new Span(Formats.time(e.at()));
            when.addClassName("history-time");
            String role = e.role() == null ? "" : "（" + getTranslation("role." + e.role()) + "）";
            Span who = new Span(e.actorName() + role);
            who.addClassName("history-actor");
            String stepName = e.step() == null ? "" : getTranslation("step." + e.step()) + " · ";
            Span what = new Span(stepName + getTranslation(e.action().labelKey()));
            what.addClassName("history-action");
            item.add(when, who, what);
            if (e.comment() != null) {
                Div comment = new Div(getTranslation("history.comment") + "：" + e.comment());
                comment.addClassName("history-comment");
                item.add(comment);
            }
            if (e.details() != null) {
                Div details = new Div(e.details());
                details.addClassName("history-details");
                item.add(details);
            }
            if (!e.changes().isEmpty()) {
                item.add(folded(e));
            }
            add(item);
        }
    }

    /**
     * The changes of one action folded under a single line (修改了 3 处（展开）), closed: a three-line
     * draft's history would otherwise run to fifteen lines of values. The values stay in the page
     * while folded, so that a search in the browser still finds them.
     */
    private Details folded(HistoryEntry e) {
        String key = e.action() == AuditAction.CREATE ? "history.changes.created" : "history.changes.edited";
        int count = e.changes().size();
        Span summary = new Span(getTranslation(key, count, getTranslation("history.changes.open")));
        summary.addClassName("history-changes-summary");
        Details details = new Details(summary, changes(e.changes()));
        details.addClassName("history-changes-fold");
        details.setOpened(false);
        details.addOpenedChangeListener(o -> summary.setText(getTranslation(key, count,
            getTranslation(o.isOpened() ? "history.changes.close" : "history.changes.open"))));
        return details;
    }

    /** The values a creation or an edit set or changed, one per line. */
    public static UnorderedList changes(List<ChangeLine> lines) {
        UnorderedList list = new UnorderedList();
        list.addClassName("history-changes");
        lines.forEach(line -> list.add(new ListItem(line.text())));
        return list;
    }
}
