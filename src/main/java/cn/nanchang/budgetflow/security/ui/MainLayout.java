package cn.nanchang.budgetflow.security.ui;

import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
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

    public MainLayout(CurrentActor currentActor, AuthenticationContext authentication) {
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
                nav.addItem(new SideNavItem(getTranslation("nav.myDocuments"), "documents"));
                nav.addItem(new SideNavItem(getTranslation("nav.newDraft"), "budget-drafts/new"));
                nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "inbox"));
                nav.addItem(new SideNavItem(getTranslation("nav.handled"), "handled"));
            }
            case SECTION_HEAD, FINANCE, DIRECTOR, BUREAU -> {
                nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "inbox"));
                nav.addItem(new SideNavItem(getTranslation("nav.handled"), "handled"));
                nav.addItem(new SideNavItem(getTranslation("nav.allDocuments"), "documents"));
            }
            case AUDITOR -> {
                nav.addItem(new SideNavItem(getTranslation("nav.auditSearch"), "audit/documents"));
                nav.addItem(new SideNavItem(getTranslation("nav.allDocuments"), "documents"));
                nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit"));
            }
            case ADMIN -> {
                nav.addItem(new SideNavItem(getTranslation("nav.users"), "users"));
                nav.addItem(new SideNavItem(getTranslation("nav.thresholds"), "thresholds"));
                nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit"));
            }
        }
        return nav;
    }
}
