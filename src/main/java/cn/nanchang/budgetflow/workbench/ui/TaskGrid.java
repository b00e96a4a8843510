package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.workbench.DurationText;
import cn.nanchang.budgetflow.workbench.TaskSpan;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The tasks of a document's approval, one row each: arrived, claimed, completed, by whom, how long, outcome. */
class TaskGrid extends Grid<TaskSpan> {

    TaskGrid(List<TaskSpan> tasks) {
        setId("audit-tasks");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(t -> t.step() == null ? t.name() : getTranslation(t.step().labelKey())).setHeader(getTranslation("timeline.step")).setAutoWidth(true);
        addColumn(t -> Formats.time(t.created())).setHeader(getTranslation("timeline.arrived")).setAutoWidth(true);
        addColumn(t -> Formats.time(t.claimed())).setHeader(getTranslation("timeline.claimed")).setAutoWidth(true);
        addColumn(t -> nullToEmpty(t.claimedByName())).setHeader(getTranslation("timeline.claimedBy")).setAutoWidth(true);
        addColumn(t -> Formats.time(t.ended())).setHeader(getTranslation("timeline.completed")).setAutoWidth(true);
        addColumn(t -> nullToEmpty(t.completedByName())).setHeader(getTranslation("timeline.completedBy")).setAutoWidth(true);
        addColumn(t -> {
            DurationText took = DurationText.of(t.durationMillis());
            return getTranslation(took.key(), took.args());
        }).setHeader(getTranslation("timeline.duration")).setAutoWidth(true);
        addComponentColumn(this::outcome).setHeader(getTranslation("timeline.outcome")).setAutoWidth(true);
        addColumn(t -> nullToEmpty(t.comment())).setHeader(getTranslation("timeline.comment")).setFlexGrow(1);
        setItems(tasks);
        setEmptyStateText(getTranslation("common.empty"));
    }

    private Span outcome(TaskSpan t) {
        Span outcome = new Span(getTranslation(t.outcomeKey()));
        outcome.addClassName("task-outcome");
        if (t.overdue()) {
            outcome.setText(outcome.getText() + " · " + getTranslation("timeline.overdueYes"));
            outcome.getElement().getThemeList().add("badge error");
            outcome.addClassName("task-overdue");
        }
        return outcome;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
