package cn.nanchang.budgetflow.security.ui;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 用户管理: the administrator's list of accounts with their roles and sections. Read-only for now. */
@Route(value = "users", layout = MainLayout.class)
@PageTitle("用户管理 · 预算审批系统")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    UsersView(OrganizationService organization) {
        add(new H2(getTranslation("nav.users")));
        Grid<AppUser> grid = new Grid<>();
        grid.setId("users-grid");
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("login.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getDisplayName).setHeader("姓名").setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.getRole().labelKey())).setHeader("角色").setAutoWidth(true);
        grid.addColumn(u -> u.getSection() == null ? "" : u.getSection().getName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.setItems(organization.users());
        add(grid);
        setSizeFull();
    }
}
