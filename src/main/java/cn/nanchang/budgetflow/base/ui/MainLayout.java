package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import java.util.Comparator;

/**
 * The frame around every page ({@code @Layout}: a view needs no {@code layout = …}; the login page
 * and the printable approval sheet opt out with {@code autoLayout = false}): title, the signed-in
 * person, and a navigation made from the views' own {@code @Menu} annotations. Vaadin leaves out
 * the views the person's role may not open, so the menu cannot offer a door the view refuses.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(FrameUser user, ObjectProvider<BuildProperties> build) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        Span who = new Span(user.displayLine());
        who.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> user.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title);
        user.topBarItems().forEach(bar::add);
        bar.add(who, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-bar");
        addToNavbar(bar);
        addToDrawer(navigation(user), version(build.getIfAvailable()));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation(FrameUser user) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().stream()
            .map(user::menuEntry)
            .sorted(Comparator.comparing(MenuEntry::order, Comparator.nullsLast(Comparator.naturalOrder())))
            .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), route(entry.path()))));
        return nav;
    }

    /** The footer: the running version (issue 20 §4), as /actuator/info gives it; absent in a build without build-info. */
    private Span version(BuildProperties build) {
        Span version = new Span(build == null ? "" : getTranslation("app.version", build.getVersion()));
        version.setId("app-version");
        version.addClassName("app-version");
        version.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
            .set("padding", "var(--lumo-space-m)");
        return version;
    }

    /** Vaadin names a menu path from the root ("/inbox"); the links stay relative, as the routes are. */
    private static String route(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
