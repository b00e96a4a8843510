package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.security.ui.MainLayout;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.DocumentReview;
import cn.nanchang.budgetflow.document.HandledItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 已办: the tasks I completed, newest first, with where their documents stand now. */
@Route(value = "handled", layout = MainLayout.class)
@PageTitle("已办 · 预算审批系统")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class HandledView extends VerticalLayout {

    HandledView(DocumentReview review) {
        add(new H2(getTranslation("handled.title")));
        Grid<HandledItem> grid = new Grid<>();
        grid.setId("handled-grid");
        grid.addColumn(i -> i.document().number()).setHeader(getTranslation("common.number")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.document().type().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(i -> i.document().sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.step().labelKey())).setHeader(getTranslation("inbox.step")).setAutoWidth(true);
        grid.addColumn(i -> Formats.time(i.completed())).setHeader(getTranslation("handled.completed")).setAutoWidth(true);
        grid.addComponentColumn(i -> new StatusBadge(i.document().status())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(
            e.getItem().document().type().routePrefix() + "/" + e.getItem().document().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setItems(q -> review.handled(q.getOffset(), q.getLimit()).stream(), q -> (int) review.handledCount());
        add(grid);
        setSizeFull();
    }
}
