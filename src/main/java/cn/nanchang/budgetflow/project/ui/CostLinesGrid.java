package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails.CostLine;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Objects;

/** A project's cost lines, read-only, amounts in yuan and 万元. */
class CostLinesGrid extends Grid<CostLine> {

    CostLinesGrid(List<CostLine> lines) {
        setId("cost-lines-grid");
        setAllRowsVisible(true);
        addColumn(CostLine::lineNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(l -> l.functionCode() + " " + l.functionName()).setHeader(getTranslation("draft.functionCode")).setAutoWidth(true);
        addColumn(l -> l.economicCode() + " " + l.economicName()).setHeader(getTranslation("draft.economicCode")).setAutoWidth(true);
        addColumn(l -> l.amount().formatYuan()).setHeader(getTranslation("draft.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(l -> Formats.wan(l.amount())).setHeader(getTranslation("common.wanyuan")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(l -> Objects.toString(l.note(), "")).setHeader(getTranslation("project.costLine.note"));
        setItems(lines);
    }
}
