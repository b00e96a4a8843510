package cn.nanchang.budgetflow.notification.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.notification.Notification;
import cn.nanchang.budgetflow.notification.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 我的通知: newest first, unread ones marked; opening one reads it and goes to its document. */
@Route("notifications")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final Notifications notifications;
    private final Grid<Notification> grid = new Grid<>();
    private final Span unread = new Span();

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        unread.setId("notifications-unread-count");
        Button readAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        readAll.setId("notifications-read-all");
        add(new H2(getTranslation("notification.title")), new HorizontalLayout(unread, readAll));
        grid.setId("notifications-grid");
        grid.addComponentColumn(this::readBadge).setHeader(getTranslation("notification.readStatus")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.getKind().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(Notification::getTitle).setHeader(getTranslation("notification.subject")).setAutoWidth(true);
        grid.addColumn(n -> n.getBody() == null ? "" : n.getBody()).setHeader(getTranslation("notification.body")).setFlexGrow(1);
        grid.addColumn(n -> Formats.time(n.getCreatedAt())).setHeader(getTranslation("notification.createdAt")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(grid);
        setSizeFull();
        refresh();
    }

    private void open(Notification notification) {
        notifications.markRead(notification.getId());
        if (notification.getLink() != null) {
            UI.getCurrent().navigate(notification.getLink());
        } else {
            refresh();
        }
    }

    private void refresh() {
        unread.setText(getTranslation("notification.unreadCount", notifications.unreadCount()));
        grid.setItems(q -> notifications.mine(q.getOffset(), q.getLimit()).stream(), q -> (int) notifications.mineCount());
    }

    private Span readBadge(Notification n) {
        Span badge = new Span(getTranslation(n.isRead() ? "notification.read" : "notification.unread"));
        badge.getElement().getThemeList().add(n.isRead() ? "badge contrast" : "badge primary");
        badge.addClassName("notification-read-status");
        badge.getElement().setAttribute("data-read", Boolean.toString(n.isRead()));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.notifications");
    }
}
