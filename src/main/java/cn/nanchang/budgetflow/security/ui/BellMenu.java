package cn.nanchang.budgetflow.security.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.security.BellFeed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bell in the frame: the number of unread notices, and on a click a drop-down of the latest
 * ones with 全部已读 and a link to 我的通知. Opening a page marks the notices pointing to it read;
 * new notices and settled ones reach an open page through Push, for its own user only.
 */
class BellMenu extends Div implements AfterNavigationObserver {

    static final int LATEST = 6;
    private static final Logger log = LoggerFactory.getLogger(BellMenu.class);

    private final BellFeed feed;
    private final String username;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private AutoCloseable subscription;

    BellMenu(BellFeed feed, String username) {
        this.feed = feed;
        this.username = username;
        addClassName("bell-menu");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        popover.setId("bell-popover");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("bell-popover");
        popover.setAriaLabel(getTranslation("bell.title"));
        popover.add(header(), list, footer());
        list.addClassName("bell-list");
        add(bell, popover);
        refresh();
    }

    private Component header() {
        Span title = new Span(getTranslation("bell.title"));
        title.addClassName("bell-title");
        Button readAll = new Button(getTranslation("bell.readAll"), e -> {
            feed.markAllRead();
            refresh();
        });
        readAll.setId("bell-read-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, readAll);
        header.addClassName("bell-header");
        return header;
    }

    private Component footer() {
        Button all = new Button(getTranslation("bell.all"), e -> go("notifications"));
        all.setId("bell-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        all.setWidthFull();
        return all;
    }

    /** Reads the count and the latest notices again; also what a pushed change runs. */
    void refresh() {
        long unread = feed.unreadFor(username);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
        bell.setTooltipText(getTranslation("notification.bell", unread));
        bell.getElement().setAttribute("data-unread", Long.toString(unread));
        if (unread > 0) {
            Span count = new Span(unread > 99 ? "99+" : Long.toString(unread));
            count.setId("notification-unread");
            count.getElement().getThemeList().add("badge error pill small");
            bell.setSuffixComponent(count);
        } else {
            bell.setSuffixComponent(null);
        }
        list.removeAll();
        List<BellFeed.Item> latest = feed.latestFor(username, LATEST);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("bell.empty")));
        }
        latest.forEach(item -> list.add(line(item)));
    }

    private Component line(BellFeed.Item item) {
        Div title = new Div(item.title());
        title.addClassName("bell-item-title");
        Div body = new Div(item.body() == null ? "" : item.body());
        body.addClassName("bell-item-body");
        Div time = new Div(Formats.time(item.createdAt()));
        time.addClassName("bell-item-time");
        Div line = new Div(title, body, time);
        line.addClassName("bell-item");
        line.addClassName(item.read() ? "bell-item-read" : "bell-item-unread");
        line.getElement().setAttribute("data-notification-id", Long.toString(item.id()));
        line.getElement().setAttribute("role", "button");
        line.getElement().setAttribute("tabindex", "0");
        line.addClickListener(e -> {
            feed.markRead(item.id());
            go(item.link() == null ? "notifications" : item.link());
        });
        return line;
    }

    private void go(String route) {
        popover.close();
        UI.getCurrent().navigate(route);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (!path.isEmpty()) {
            feed.opened(path);
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        subscription = feed.onChange(username, () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            log.warn("bell subscription of {} did not close", username, e);
        }
        subscription = null;
    }
}
