package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.SectionAccount;
import cn.nanchang.budgetflow.administration.SectionAdministration;
import cn.nanchang.budgetflow.base.ui.ConfirmStep;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.document.ChangeText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
 * 科室管理: the sections in their order with code, name, order, 科长 and status; new section,
 * change, disable or enable, delete (refused, with why, for a section in use), and below them the
 * record of changes to sections, values before and after.
 */
@Route("sections")
@Menu(title = "nav.sections", order = 70.5)
@RolesAllowed("ADMIN")
class SectionsView extends VerticalLayout implements HasDynamicTitle {

    private final SectionAdministration sections;
    private final Grid<SectionAccount> grid = new Grid<>();
    private final ChangeLogGrid log;

    SectionsView(SectionAdministration sections, ChangeText changeText) {
        this.sections = sections;
        this.log = new ChangeLogGrid("section-changes", changeText);
        Button create = new Button(getTranslation("admin.section.new"), e -> new SectionDialog(null, List.of(), input -> {
            sections.create(input);
            saved();
        }).open());
        create.setId("section-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.sections")), new Paragraph(getTranslation("admin.section.hint")), create, list(),
            new H3(getTranslation("admin.section.changeLog")), log);
        refresh();
        setSizeFull();
    }

    private Grid<SectionAccount> list() {
        grid.setId("sections-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SectionAccount::sortOrder).setHeader(getTranslation("admin.section.order")).setAutoWidth(true);
        grid.addColumn(SectionAccount::code).setHeader(getTranslation("admin.section.code")).setAutoWidth(true);
        grid.addColumn(SectionAccount::name).setHeader(getTranslation("admin.section.name")).setAutoWidth(true);
        grid.addColumn(s -> s.head() == null ? "" : s.headName() + "（" + s.head() + "）")
            .setHeader(getTranslation("admin.section.head")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.user.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        return grid;
    }

    private Span status(SectionAccount s) {
        Span badge = new Span(getTranslation(s.active() ? "admin.user.enabled" : "admin.user.disabled"));
        badge.getElement().getThemeList().add(s.active() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(SectionAccount s) {
        Button edit = new Button(getTranslation("admin.section.edit"), e -> new SectionDialog(s,
            sections.headCandidates(s.code()), input -> {
                sections.change(s.code(), input);
                saved();
            }).open());
        Button toggle = new Button(getTranslation(s.active() ? "admin.user.disable" : "admin.user.enable"),
            e -> {
                if (s.active()) {
                    // a disabled section takes no new drafts or people: ask, naming it, before that happens
                    ConfirmStep.ask("section-disable", getTranslation("admin.user.disable"),
                        getTranslation("admin.section.disable.confirm", s.name(), s.code()),
                        () -> UiActions.run(() -> sections.disable(s.code()), "admin.section.saved", this::refresh));
                } else {
                    UiActions.run(() -> sections.enable(s.code()), "admin.section.saved", this::refresh);
                }
            });
        Button delete = new Button(getTranslation("admin.section.delete"),
            e -> ConfirmStep.ask("section-delete", getTranslation("admin.section.delete"),
                getTranslation("admin.section.delete.confirm", s.name(), s.code()),
                () -> UiActions.run(() -> sections.delete(s.code()), "admin.section.deleted", this::refresh)));
        edit.setId("section-edit-" + s.code());
        toggle.setId("section-toggle-" + s.code());
        delete.setId("section-delete-" + s.code());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        List.of(edit, toggle, delete).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return new HorizontalLayout(edit, toggle, delete);
    }

    private void saved() {
        UiActions.notify(getTranslation("admin.section.saved"), NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.setItems(sections.list());
        log.setItems(sections.changeLog(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.sections");
    }
}
