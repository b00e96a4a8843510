package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.document.HandledStep;
import cn.nanchang.budgetflow.document.TrackedDocuments;
import cn.nanchang.budgetflow.document.ui.HolderText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 已办: each step of a document I completed, newest first, with my decision and where the document stands now. */
@Route("handled")
@Menu(title = "nav.handled", order = 20)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class HandledView extends VerticalLayout implements HasDynamicTitle {

    HandledView(TrackedDocuments tracked) {
        add(new H2(getTranslation("handled.title")));
        Grid<HandledStep> grid = new Grid<>();
        grid.setId("handled-grid");
        grid.addColumn(i -> i.document().number()).setHeader(getTranslation("common.number")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.document().type().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(i -> i.document().sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.step().labelKey())).setHeader(getTranslation("inbox.step")).setAutoWidth(true);
        grid.addColumn(i -> i.decision() == null ? "—" : getTranslation(i.decision().labelKey()))
            .setHeader(getTranslation("handled.decision")).setAutoWidth(true).setClassNameGenerator(i -> "handled-decision");
        grid.addColumn(i -> Formats.time(i.completed())).setHeader(getTranslation("handled.completed")).setAutoWidth(true);
        grid.addComponentColumn(i -> new StatusBadge(i.document().status())).setHeader(getTranslation("handled.statusNow")).setAutoWidth(true);
        grid.addColumn(i -> HolderText.of(i.holders())).setHeader(getTranslation("holder.now")).setFlexGrow(1);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(
            e.getItem().document().type().routePrefix() + "/" + e.getItem().document().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setItems(q -> tracked.handled(q.getOffset(), q.getLimit()).stream(), q -> (int) tracked.handledCount());
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.handled");
    }
}
