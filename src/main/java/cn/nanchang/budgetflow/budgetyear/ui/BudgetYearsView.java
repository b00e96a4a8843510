package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.BudgetYearSummary;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 预算编制: the fiscal years opened for preparation, latest first, each with its round and where
 * its process waits, the request deadlines and the 批复's 文号; 财务 opens a new year (启动编制)
 * from here. A year's row leads to its page.
 */
@Route("budget-years")
@Menu(title = "nav.budgetYears", order = 45)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class BudgetYearsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BudgetYearsView.class);

    private final BudgetYears years;

    BudgetYearsView(BudgetYears years, CurrentActor currentActor, Clock clock) {
        this.years = years;
        setId("budget-years-view");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("years.title")));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentActor.get().role() == Role.FINANCE) {
            Button open = new Button(getTranslation("years.open"),
                e -> new OpenYearDialog(years, LocalDate.now(clock).getYear() + 1).open());
            open.setId("open-year");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(open);
        }
        add(top, PagePart.guarded("budget-years-grid", "years.title", this::grid));
    }

    private Grid<BudgetYearSummary> grid() {
        Grid<BudgetYearSummary> grid = new Grid<>();
        grid.setId("budget-years-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::yearLink).setHeader(getTranslation("years.year")).setAutoWidth(true);
        grid.addColumn(this::stage).setHeader(getTranslation("years.stage")).setAutoWidth(true);
        grid.addColumn(y -> date(y.oneUpDeadline())).setHeader(getTranslation("years.deadline.ONE_UP")).setAutoWidth(true);
        grid.addColumn(y -> date(y.twoUpDeadline())).setHeader(getTranslation("years.deadline.TWO_UP")).setAutoWidth(true);
        grid.addColumn(this::approvalRef).setHeader(getTranslation("years.approval.ref")).setAutoWidth(true);
        grid.addColumn(y -> y.openedByName() + " " + Formats.time(y.openedAt())).setHeader(getTranslation("years.opened"))
            .setAutoWidth(true);
        grid.setItems(years.list());
        grid.setEmptyStateText(getTranslation("years.none.opened"));
        return grid;
    }

    private Component yearLink(BudgetYearSummary y) {
        Anchor link = new Anchor("budget-years/" + y.fiscalYear(), getTranslation("years.yearLabel", String.valueOf(y.fiscalYear())));
        link.setId("year-link-" + y.fiscalYear());
        return link;
    }

    /** Where the year's process waits (its text names the round), or the round alone for a year without a process. */
    private String stage(BudgetYearSummary y) {
        return y.stage() == null ? getTranslation(y.round().labelKey()) : getTranslation("budgetyear.stage." + y.stage().name());
    }

    /** Only an approved year has a 批复; the list does not carry its 文号, so the year is read for it. */
    private String approvalRef(BudgetYearSummary y) {
        if (y.round() != BudgetRound.APPROVED) {
            return "";
        }
        try {
            BudgetYearDetails.BureauDocument approval = years.get(y.fiscalYear()).approval();
            return approval == null ? "" : approval.ref();
        } catch (RuntimeException e) {
            log.error("reading the 批复 of {} failed", y.fiscalYear(), e);
            return getTranslation("years.unavailable");
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.budgetYears");
    }
}
