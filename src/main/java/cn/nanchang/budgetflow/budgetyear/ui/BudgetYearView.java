package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fiscal year's preparation: the rounds as steps with where the process waits, the steps the
 * reader may take now, the calendar and 编制说明, the bureau's 控制数 and 批复, the sections'
 * requests of the current round, the split of the ceilings, and the versions with a link to the
 * comparison. Each part is built on its own, so that one failing leaves the others readable; what
 * a reader may see of the year is the service's answer.
 */
@Route("budget-years/:year([0-9]{4})")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class BudgetYearView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BudgetYearView.class);

    private final BudgetYears years;
    private final Role role;
    private final YearActions actions;
    private final OrganizationService organization;
    private int year;

    BudgetYearView(BudgetYears years, ProjectLibrary library, OrganizationService organization, CurrentActor currentActor) {
        this.years = years;
        this.organization = organization;
        this.role = currentActor.get().role();
        this.actions = new YearActions(years, library, this::reload);
        setId("budget-year-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = event.getRouteParameters().getInteger("year").orElseThrow();
        try {
            show(years.get(year));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (RuntimeException e) {
            unreadable(e);
        }
    }

    /** Reads the year anew after a step; the year does not vanish, so any failure is shown in place. */
    private void reload() {
        try {
            show(years.get(year));
        } catch (RuntimeException e) {
            unreadable(e);
        }
    }

    private void unreadable(RuntimeException e) {
        log.error("budget year {} could not be read", year, e);
        removeAll();
        Paragraph notice = new Paragraph(getTranslation("years.unreadable"));
        notice.setId("year-unreadable");
        add(title(), notice, new Anchor("budget-years", getTranslation("years.back")));
    }

    private void show(BudgetYearDetails d) {
        removeAll();
        HorizontalLayout top = new HorizontalLayout(title(), new Anchor("budget-years", getTranslation("years.back")));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top);
        add(PagePart.guarded("year-rounds", "years.part.rounds", () -> new RoundStepper(d.round(), d.stage())));
        UnaryOperator<String> names = names(d);
        add(PagePart.guarded("year-action-bar", "years.part.actions", () -> actions.bar(d, role, names)));
        Div facts = new Div(PagePart.guarded("year-calendar", "years.calendar", () -> YearFacts.calendar(d)),
            PagePart.guarded("year-bureau", "years.bureau", () -> YearFacts.bureau(d)));
        facts.addClassName("year-facts");
        add(facts);
        if (role != Role.BUREAU) {
            // the requests of the current request round, or of the last one while the bureau has the year
            BudgetRound requests = d.sections().isEmpty() ? d.round() : d.sections().get(0).round();
            add(new H3(getTranslation("years.sections", getTranslation(requests.labelKey()))));
            add(PagePart.guarded("sections-grid", "years.sections.title",
                () -> new SectionsGrid(d.sections(), s -> actions.excuse(d, role, s))));
        }
        if (d.split() != null) {
            add(PagePart.guarded("year-split", "years.split", () -> new SplitPanel("year-split", d.split(), names)));
        }
        add(new H3(getTranslation("years.versions")));
        add(PagePart.guarded("versions-grid", "years.versions", () -> new VersionsGrid(d.versions(), names)));
    }

    /** Who recorded the versions and the split, by name: the service answers usernames. */
    private UnaryOperator<String> names(BudgetYearDetails d) {
        Set<String> usernames = new HashSet<>();
        d.versions().forEach(v -> usernames.add(v.recordedBy()));
        if (d.split() != null) {
            usernames.add(d.split().recordedBy());
            usernames.add(d.split().approvedBy());
        }
        usernames.remove(null);
        Map<String, String> known = organization.displayNames(usernames);
        return username -> username == null ? "" : known.getOrDefault(username, username);
    }

    private H2 title() {
        H2 title = new H2(getTranslation("years.pageTitle", String.valueOf(year)));
        title.setId("year-title");
        return title;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.budgetYear", String.valueOf(year));
    }
}
