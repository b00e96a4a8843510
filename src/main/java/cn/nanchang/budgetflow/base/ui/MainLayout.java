package cn.nanchang.budgetflow.security.ui;

import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.BellFeed;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every page: title, the signed-in person, and a navigation that depends on the role. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentActor currentActor, AuthenticationContext authentication, BellFeed bell) {
        Actor actor = currentActor.get();
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        Span who = new Span(actor.displayName() + "（" + getTranslation(actor.role().labelKey())
            + (actor.sectionName() == null ? "" : " · " + actor.sectionName()) + "）");
        who.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        if (actor.role() != Role.AUDITOR && actor.role() != Role.ADMIN) {
            bar.addComponentAtIndex(2, new BellMenu(bell, actor.username()));
        }
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-bar");
        addToNavbar(bar);
        addToDrawer(navigation(actor.role()));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation(Role role) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        switch (role) {
            case STAFF -> {
                item(nav, "nav.myDocuments", "documents");
                item(nav, "nav.newDraft", "budget-drafts/new");
                item(nav, "nav.newProject", "project-applications/new");
                item(nav, "nav.newProcurementPlan", "procurement-plans/new");
                item(nav, "nav.inbox", "inbox");
                item(nav, "nav.handled", "handled");
                item(nav, "nav.cc", "cc");
                item(nav, "nav.projectLibrary", "projects");
            }
            case SECTION_HEAD, FINANCE, DIRECTOR, BUREAU -> {
                item(nav, "nav.inbox", "inbox");
                item(nav, "nav.handled", "handled");
                item(nav, "nav.cc", "cc");
                item(nav, "nav.allDocuments", "documents");
                item(nav, "nav.projectLibrary", "projects");
                item(nav, "nav.proxies", "proxies");
            }
            case AUDITOR -> {
                item(nav, "nav.auditSearch", "audit/documents");
                item(nav, "nav.allDocuments", "documents");
                item(nav, "nav.projectLibrary", "projects");
                item(nav, "nav.audit", "audit");
            }
            case ADMIN -> {
                item(nav, "nav.users", "users");
                item(nav, "nav.thresholds", "thresholds");
                item(nav, "nav.audit", "audit");
            }
        }
        if (role == Role.FINANCE || role == Role.DIRECTOR || role == Role.AUDITOR || role == Role.ADMIN) {
            item(nav, "nav.disclosure", "reports/disclosure");
        }
        if (role != Role.AUDITOR && role != Role.ADMIN) {
            item(nav, "nav.mySettings", "my-settings");
        }
        return nav;
    }

    private void item(SideNav nav, String labelKey, String route) {
        nav.addItem(new SideNavItem(getTranslation(labelKey), route));
    }
}
