package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.CarbonCopies;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 抄送我的: documents I was copied in on, newest first, unread ones marked; opening one reads it. */
@Route("cc")
@Menu(title = "nav.cc", order = 30)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class CcInboxView extends VerticalLayout implements HasDynamicTitle {

    CcInboxView(CarbonCopies copies) {
        Span unread = new Span(getTranslation("cc.unreadCount", copies.unreadCount()));
        unread.setId("cc-unread-count");
        add(new H2(getTranslation("cc.title")), unread);
        Grid<CarbonCopies.Received> grid = new Grid<>();
        grid.setId("cc-grid");
        grid.addComponentColumn(this::readBadge).setHeader(getTranslation("cc.readStatus")).setAutoWidth(true);
        grid.addColumn(i -> i.document().number()).setHeader(getTranslation("common.number")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.document().type().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(i -> i.document().sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(CarbonCopies.Received::sentByName).setHeader(getTranslation("cc.sentBy")).setAutoWidth(true);
        grid.addColumn(i -> Formats.time(i.sentAt())).setHeader(getTranslation("cc.sentAt")).setAutoWidth(true);
        grid.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("cc.note")).setFlexGrow(1);
        grid.addComponentColumn(i -> new StatusBadge(i.document().status())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(
            e.getItem().document().type().routePrefix() + "/" + e.getItem().document().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setItems(q -> copies.received(q.getOffset(), q.getLimit()).stream(), q -> (int) copies.receivedCount());
        add(grid);
        setSizeFull();
    }

    private Span readBadge(CarbonCopies.Received item) {
        Span badge = new Span(getTranslation(item.read() ? "cc.read" : "cc.unread"));
        badge.getElement().getThemeList().add(item.read() ? "badge contrast" : "badge primary");
        badge.addClassName("cc-read-status");
        badge.getElement().setAttribute("data-read", Boolean.toString(item.read()));
        badge.getElement().setAttribute("data-document", Long.toString(item.document().id()));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.cc");
    }
}
