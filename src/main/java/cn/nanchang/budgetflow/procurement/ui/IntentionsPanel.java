package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.procurement.IntentionNotice;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;

/** The procurement-intention notices (采购意向公开) of a plan, with the latest day each must be public. */
class IntentionsPanel extends Div {

    IntentionsPanel(List<IntentionNotice> notices, LocalDate today) {
        setId("intentions");
        setWidthFull();
        add(new H3(getTranslation("procurement.intentions")));
        Paragraph basis = new Paragraph(getTranslation("procurement.intentions.basis"));
        basis.addClassName("intentions-basis");
        add(basis);
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("procurement.intentions.none")));
            return;
        }
        Grid<IntentionNotice> grid = new Grid<>();
        grid.setId("intentions-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IntentionNotice::itemNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IntentionNotice::name).setHeader(getTranslation("procurement.intentions.name")).setFlexGrow(1);
        grid.addColumn(IntentionNotice::demandOverview).setHeader(getTranslation("procurement.intentions.overview")).setFlexGrow(3);
        grid.addColumn(n -> Formats.wan(n.budget())).setHeader(getTranslation("procurement.intentions.budget"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(n -> getTranslation("doctype.yearMonth", n.expectedStart().getYear(), n.expectedStart().getMonthValue()))
            .setHeader(getTranslation("procurement.intentions.expected")).setAutoWidth(true);
        grid.addColumn(n -> n.publishBy() + (n.isOverdueOn(today) ? "（" + getTranslation("procurement.intentions.overdue") + "）" : ""))
            .setHeader(getTranslation("procurement.intentions.publishBy")).setAutoWidth(true);
        grid.setItems(notices);
        add(grid);
    }
}
