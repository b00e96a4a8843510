package cn.nanchang.budgetflow.reporting.ui;

import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.DisclosurePublications;
import cn.nanchang.budgetflow.reporting.DisclosureView;
import cn.nanchang.budgetflow.reporting.PublicationState;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 预算公开: a year's nine tables and explanatory text on one print-friendly page, with where the
 * publication stands and the step the signed-in person may take: 综合科 submits, the 中心主任
 * approves or returns with a comment. Published or submitted figures come from the frozen
 * snapshot. Buttons are offered by role; the service decides.
 */
@Route("reports/disclosure/:year?([0-9]{4})")
@Menu(title = "nav.disclosure", order = 100)
@RolesAllowed({"FINANCE", "DIRECTOR", "AUDITOR", "ADMIN"})
class DisclosurePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DisclosurePublications publications;
    private final PublicationActions actions;
    private final CurrentActor currentActor;
    private int year;

    DisclosurePage(DisclosurePublications publications, CurrentActor currentActor) {
        this.publications = publications;
        this.currentActor = currentActor;
        this.actions = new PublicationActions(publications, this::reload);
        setId("disclosure-page");
        addClassName("disclosure-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = event.getRouteParameters().getInteger("year").orElseGet(publications::likelyYear);
        reload();
    }

    private void reload() {
        removeAll();
        add(yearPicker());
        DisclosureView view;
        try {
            view = publications.read(year);
        } catch (ValidationException | cn.nanchang.budgetflow.base.ForbiddenException e) {
            add(new Paragraph(e instanceof ValidationException v ? v.violations().get(0).message() : e.getMessage()));
            return;
        }
        Disclosure d = view.disclosure();
        add(new H1(getTranslation("disclosure.page.title", d.unitName(), String.valueOf(year))));
        add(state(view));
        add(actions.bar(view, year, currentActor.get().role()));
        if (!d.findings().isEmpty()) {
            add(findings(d));
        }
        d.tables().forEach(t -> add(new TableElement(t, getTranslation("disclosure.unit"))));
        add(text(d));
    }

    private HorizontalLayout yearPicker() {
        IntegerField field = new IntegerField(getTranslation("disclosure.page.year"));
        field.setId("disclosure-year");
        field.setValue(year);
        field.setMin(2000);
        field.setMax(2100);
        Button go = new Button(getTranslation("disclosure.page.show"),
            e -> getUI().ifPresent(ui -> ui.navigate("reports/disclosure/" + (field.getValue() == null ? year : field.getValue()))));
        go.setId("disclosure-go");
        HorizontalLayout bar = new HorizontalLayout(field, go);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        bar.addClassName("no-print");
        return bar;
    }

    private Div state(DisclosureView view) {
        PublicationState s = view.state();
        Span status = new Span(getTranslation(s.status().labelKey()));
        status.setId("disclosure-status");
        status.getElement().getThemeList().add("badge");
        Div box = new Div(status);
        box.addClassName("disclosure-state");
        String source = getTranslation(view.frozen() ? "disclosure.page.frozen" : "disclosure.page.live",
            Formats.time(view.disclosure().generatedAt()));
        box.add(new Span(" " + source));
        if (s.publishedAt() != null) {
            box.add(new Span(" " + getTranslation("disclosure.page.publishedAt", Formats.time(s.publishedAt()), s.decidedBy())));
        }
        if (s.returnComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("disclosure.page.returned", s.decidedBy(), s.returnComment()));
            comment.setId("disclosure-return-comment");
            box.add(comment);
        }
        return box;
    }

    private Div findings(Disclosure d) {
        Div box = new Div(new H3(getTranslation("disclosure.page.findings")));
        box.setId("disclosure-findings");
        box.addClassName("disclosure-findings");
        UnorderedList list = new UnorderedList();
        d.findings().forEach(f -> list.add(new ListItem(f.message())));
        box.add(list);
        return box;
    }

    private Div text(Disclosure d) {
        Div box = new Div();
        box.setId("disclosure-text");
        box.addClassName("disclosure-text");
        for (Disclosure.TextSection section : d.text()) {
            box.add(new H3(section.heading()));
            section.paragraphs().forEach(p -> box.add(new Paragraph(p)));
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.disclosure");
    }
}
