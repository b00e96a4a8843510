package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.UserAccount;
import cn.nanchang.budgetflow.administration.UserAdministration;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.document.ChangeText;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 用户管理: the administrator's accounts, with new account, change, disable or enable, and
 * password reset, and below them the record of changes to accounts, values before and after.
 */
@Route("users")
@Menu(title = "nav.users", order = 70)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration users;
    private final List<OrgUnit> sections;
    private final Grid<UserAccount> grid = new Grid<>();
    private final ChangeLogGrid log;

    UsersView(UserAdministration users, OrganizationService organization, ChangeText changeText) {
        this.users = users;
        this.log = new ChangeLogGrid("user-changes", changeText);
        this.sections = organization.sections();
        Button create = new Button(getTranslation("admin.user.new"), e -> new UserDialog(null, sections, input -> {
            users.create(input);
            saved();
        }).open());
        create.setId("user-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.users")), create, accounts(), new H3(getTranslation("admin.user.changeLog")), log);
        refresh();
        setSizeFull();
    }

    private Grid<UserAccount> accounts() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.role().labelKey())).setHeader(getTranslation("admin.user.role")).setAutoWidth(true);
        grid.addColumn(u -> u.sectionName() == null ? "" : u.sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.user.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        return grid;
    }

    private Span status(UserAccount u) {
        Span badge = new Span(getTranslation(u.enabled() ? "admin.user.enabled" : "admin.user.disabled"));
        badge.getElement().getThemeList().add(u.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(UserAccount u) {
        Button edit = new Button(getTranslation("admin.user.edit"), e -> new UserDialog(u, sections, input -> {
            users.change(u.username(), input);
            saved();
        }).open());
        Button toggle = new Button(getTranslation(u.enabled() ? "admin.user.disable" : "admin.user.enable"),
            e -> UiActions.run(() -> {
                if (u.enabled()) {
                    users.disable(u.username());
                } else {
                    users.enable(u.username());
                }
            }, "admin.user.saved", this::refresh));
        Button reset = new Button(getTranslation("admin.user.reset"), e -> new PasswordDialog(u, password -> {
            users.resetPassword(u.username(), password);
            saved();
        }).open());
        edit.setId("user-edit-" + u.username());
        toggle.setId("user-toggle-" + u.username());
        reset.setId("user-reset-" + u.username());
        List.of(edit, toggle, reset).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return new HorizontalLayout(edit, toggle, reset);
    }

    private void saved() {
        UiActions.notify(getTranslation("admin.user.saved"), NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
        log.setItems(users.changeLog(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.users");
    }
}
