package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.ChangeLine;
import cn.nanchang.budgetflow.document.HistoryEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** A document's history as a vertical timeline: when, who in which role, what, the comment and the changed values. */
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
                item.add(changes(e.changes()));
            }
            add(item);
        }
    }

    /** The values a creation or an edit set or changed, one per line. */
    static UnorderedList changes(List<ChangeLine> lines) {
        UnorderedList list = new UnorderedList();
        list.addClassName("history-changes");
        lines.forEach(line -> list.add(new ListItem(line.text())));
        return list;
    }
}
