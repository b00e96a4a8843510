package cn.nanchang.budgetflow.execution.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.execution.Progress;
import cn.nanchang.budgetflow.execution.ProgressRow;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress by section, kind and project in 万元, the rate in red where it is below the
 * threshold in force, then what was spent by the end of each month that is over; the total last.
 */
class ProgressGrid extends Grid<ProgressRow> {

    ProgressGrid(Progress progress) {
        setId("execution-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(r -> r.sectionName() == null ? getTranslation("execution.total") : r.sectionName())
            .setHeader(getTranslation("execution.column.section")).setAutoWidth(true).setFrozen(true);
        addColumn(r -> r.kind() == null ? "" : getTranslation(r.kind().labelKey()))
            .setHeader(getTranslation("execution.column.kind")).setAutoWidth(true);
        addColumn(r -> r.projectCode() == null ? (r.kind() == null ? "" : getTranslation("execution.basic"))
            : r.projectCode() + " " + r.projectName()).setHeader(getTranslation("execution.column.project")).setAutoWidth(true);
        addColumn(r -> Formats.wan(r.quota())).setHeader(getTranslation("execution.column.quota"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(r -> Formats.wan(r.used())).setHeader(getTranslation("execution.column.used"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addComponentColumn(this::rate).setHeader(getTranslation("execution.column.rate"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        for (int month = 1; month <= progress.monthsElapsed(); month++) {
            int index = month - 1;
            addColumn(r -> index < r.cumulativeUsed().size() ? Formats.wan(r.cumulativeUsed().get(index)) : "")
                .setHeader(getTranslation("execution.column.month", String.valueOf(month)))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        List<ProgressRow> items = new ArrayList<>(progress.rows().isEmpty() ? progress.byKind() : progress.rows());
        if (!items.isEmpty()) {
            items.add(progress.total());
        }
        setItems(items);
        setEmptyStateText(getTranslation("execution.empty"));
        setAllRowsVisible(true);
    }

    /** "32.50%", red with a word for screen readers and tests where it is below the threshold. */
    private Span rate(ProgressRow row) {
        Span rate = new Span(row.ratePercent().toPlainString() + "%");
        if (row.below()) {
            rate.addClassName("execution-below");
            rate.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            rate.getElement().setAttribute("title", getTranslation("execution.below"));
        }
        return rate;
    }
}
