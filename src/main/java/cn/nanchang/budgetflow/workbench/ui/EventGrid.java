package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.ui.HistoryTimeline;
import cn.nanchang.budgetflow.workbench.TimelineEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A document's merged timeline: audit log entries and engine events in time order. */
class EventGrid extends Grid<TimelineEvent> {

    EventGrid(List<TimelineEvent> events) {
        setId("audit-events");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(e -> Formats.time(e.at())).setHeader(getTranslation("timeline.at")).setAutoWidth(true);
        addColumn(e -> getTranslation("timeline.source." + e.source().name())).setHeader(getTranslation("timeline.source")).setAutoWidth(true);
        addColumn(e -> e.step() == null ? "" : getTranslation(e.step().labelKey())).setHeader(getTranslation("timeline.step")).setAutoWidth(true);
        addColumn(e -> getTranslation(e.labelKey())).setHeader(getTranslation("timeline.event")).setAutoWidth(true);
        addColumn(this::person).setHeader(getTranslation("timeline.person")).setAutoWidth(true);
        addComponentColumn(EventGrid::commentAndChanges).setHeader(getTranslation("timeline.comment")).setFlexGrow(1);
        addColumn(this::statusChange).setHeader(getTranslation("timeline.statusChange")).setAutoWidth(true);
        setItems(events);
        setEmptyStateText(getTranslation("common.empty"));
    }

    private String person(TimelineEvent e) {
        if (e.actor() == null) {
            return "";
        }
        String name = e.actorName() == null ? e.actor() : e.actorName();
        return e.role() == null ? name : name + "（" + getTranslation("role." + e.role()) + "）";
    }

    private String statusChange(TimelineEvent e) {
        if (e.statusAfter() == null || e.statusAfter().equals(e.statusBefore())) {
            return "";
        }
        String before = e.statusBefore() == null ? "" : getTranslation("document.status." + e.statusBefore());
        return before + "→" + getTranslation("document.status." + e.statusAfter());
    }

    /** The comment and details, and under them the values a creation or an edit set or changed. */
    private static Div commentAndChanges(TimelineEvent e) {
        Div cell = new Div(new Span(join(e.comment(), e.details())));
        cell.addClassName("event-comment");
        if (!e.changes().isEmpty()) {
            cell.add(HistoryTimeline.changes(e.changes()));
        }
        return cell;
    }

    private static String join(String comment, String details) {
        if (comment == null) {
            return details == null ? "" : details;
        }
        return details == null ? comment : comment + "；" + details;
    }
}
