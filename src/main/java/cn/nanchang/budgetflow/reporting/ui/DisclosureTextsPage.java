package cn.nanchang.budgetflow.reporting.ui;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.reporting.DisclosurePublications;
import cn.nanchang.budgetflow.reporting.DisclosureTextService;
import cn.nanchang.budgetflow.reporting.DisclosureTextService.YearTexts;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 预算公开文字: a year's 单位概况, 人员构成, reasons, 机关运行经费, vehicles and 名词解释. 财务 edits and
 * saves (the service validates, audits and refuses once the disclosure is submitted); 中心主任 and
 * 审计 read. A year not yet saved shows the latest earlier year's texts as its starting point.
 */
@Route("reports/disclosure-texts/:year?([0-9]{4})")
@Menu(title = "nav.disclosureTexts", order = 101)
@RolesAllowed({"FINANCE", "DIRECTOR", "AUDITOR"})
class DisclosureTextsPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DisclosureTextService texts;
    private final DisclosurePublications publications;
    private final CurrentActor currentActor;
    private final OrganizationService organization;
    private int year;
    private YearTexts shown;
    private TextsForm form;

    DisclosureTextsPage(DisclosureTextService texts, DisclosurePublications publications, CurrentActor currentActor,
            OrganizationService organization) {
        this.organization = organization;
        this.texts = texts;
        this.publications = publications;
        this.currentActor = currentActor;
        setId("disclosure-texts-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = event.getRouteParameters().getInteger("year").orElseGet(publications::likelyYear);
        reload();
    }

    private void reload() {
        removeAll();
        add(new H1(getTranslation("disclosureText.page.title", String.valueOf(year))), yearPicker());
        try {
            shown = texts.get(year);
        } catch (ValidationException e) {
            add(new Paragraph(e.violations().get(0).message()));
            return;
        }
        Paragraph state = new Paragraph(state(shown));
        state.setId("texts-state");
        add(state);
        form = new TextsForm();
        form.setValue(shown.texts());
        boolean mayEdit = shown.editable() && currentActor.get().role() == Role.FINANCE;
        form.getElement().setEnabled(mayEdit);
        add(form);
        if (mayEdit) {
            Button save = new Button(getTranslation("disclosureText.page.save"), e -> save());
            save.setId("texts-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    private String state(YearTexts t) {
        String where = t.stored() ? getTranslation("disclosureText.page.stored",
                organization.displayName(t.updatedBy()), Formats.time(t.updatedAt()))
            : t.copiedFrom() != null ? getTranslation("disclosureText.page.copied", String.valueOf(t.copiedFrom()))
            : getTranslation("disclosureText.page.empty");
        return t.editable() ? where : where + getTranslation("disclosureText.page.frozen");
    }

    private void save() {
        try {
            UiActions.run(() -> texts.save(year, form.getValue(), shown.version()), "disclosureText.page.saved", this::reload);
        } catch (ValidationException e) {
            List<FieldViolation> rest = form.mark(e.violations());
            String first = rest.isEmpty() ? e.violations().get(0).message() : rest.get(0).message();
            UiActions.notify(getTranslation("disclosureText.page.invalid", String.valueOf(e.violations().size()), first),
                NotificationVariant.LUMO_ERROR);
        }
    }

    private HorizontalLayout yearPicker() {
        IntegerField field = new IntegerField(getTranslation("disclosure.page.year"));
        field.setId("texts-year");
        field.setValue(year);
        Button go = new Button(getTranslation("disclosure.page.show"),
            e -> getUI().ifPresent(ui -> ui.navigate("reports/disclosure-texts/" + (field.getValue() == null ? year : field.getValue()))));
        go.setId("texts-go");
        HorizontalLayout bar = new HorizontalLayout(field, go);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return bar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.disclosureTexts");
    }
}
