package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.EditorSave;
import cn.nanchang.budgetflow.document.ui.ReturnBanner;
import cn.nanchang.budgetflow.project.CostPreview;
import cn.nanchang.budgetflow.project.IndicatorCategories;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates or edits a project application: the header, cost lines with their live total against
 * the annual budget, and the performance-target table; every validation message on its field.
 */
@Route("project-applications/new")
@Menu(title = "nav.newProject", order = 2)
@RouteAlias("project-applications/:id([0-9]+)/edit")
@PageTitle("项目支出申报 · 预算审批系统")
@RolesAllowed("STAFF")
class ProjectEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final Pattern COST_FIELD = Pattern.compile("costLines\\[(\\d+)]\\.(\\w+)");

    private final ProjectApplicationService applications;
    private final DocumentHistory history;
    private final List<ClassificationCode> functions;
    private final List<ClassificationCode> economics;
    private final ProjectHeaderForm header;
    private final VerticalLayout costRows = new VerticalLayout();
    private final List<CostLineRow> rows = new ArrayList<>();
    private final Div costError = new Div();
    private final Span costTotal = new Span();
    private final IndicatorTreeEditor indicators;
    private final Div formError = new Div();
    private final H2 title = new H2(getTranslation("project.newTitle"));
    private Long applicationId;
    private Long version;

    ProjectEditorView(ProjectApplicationService applications, ClassificationCatalogue catalogue,
            IndicatorCategories categories, Clock clock, DocumentHistory history) {
        this.history = history;
        this.applications = applications;
        this.functions = catalogue.leaves(Scheme.FUNCTION);
        this.economics = catalogue.leaves(Scheme.ECONOMIC);
        this.header = new ProjectHeaderForm(LocalDate.now(clock).getYear() + 1, this::refreshCostTotal);
        this.indicators = new IndicatorTreeEditor(categories.tree());
        costRows.setId("cost-lines");
        costRows.setPadding(false);
        costError.setId("cost-lines-error");
        costError.addClassName("field-error");
        costTotal.setId("cost-total");
        formError.setId("form-error");
        formError.addClassName("field-error");
        Button addLine = new Button(getTranslation("draft.addLine"), e -> addCostRow());
        addLine.setId("add-cost-line");
        Button save = new Button(getTranslation("project.save"), e -> save());
        save.setId("save-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, header, new H3(getTranslation("project.costLines")), costRows, addLine, costTotal, costError,
            new H3(getTranslation("project.indicators")), indicators, formError, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            addCostRow();
            refreshCostTotal();
            return;
        }
        try {
            load(applications.get(id.get()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void load(ProjectApplicationDetails application) {
        applicationId = application.id();
        addComponentAtIndex(1, ReturnBanner.of(() -> history.latestReturnToMe(application.id()), true));
        version = application.version();
        title.setText(getTranslation("project.editTitle") + " " + application.number());
        header.fill(application);
        application.costLines().forEach(line -> addCostRow().fill(line, functions, economics));
        indicators.fill(application.indicators());
        refreshCostTotal();
    }

    private CostLineRow addCostRow() {
        CostLineRow row = new CostLineRow(functions, economics, this::refreshCostTotal, this::removeCostRow);
        rows.add(row);
        costRows.add(row);
        return row;
    }

    private void removeCostRow(CostLineRow row) {
        rows.remove(row);
        costRows.remove(row);
        refreshCostTotal();
    }

    private void refreshCostTotal() {
        CostPreview preview = applications.previewCosts(header.annualBudget.getValue(),
            rows.stream().map(CostLineRow::input).toList());
        String text = getTranslation("project.costTotal", Formats.wan(preview.costTotal()),
            preview.annualBudget() == null ? "—" : Formats.wan(preview.annualBudget()));
        if (preview.annualBudget() != null) {
            text += preview.matches() ? getTranslation("project.costTotal.matches")
                : getTranslation("project.costTotal.differs", Formats.wan(preview.difference()));
        }
        costTotal.setText(text);
        costTotal.getElement().setAttribute("data-matches", Boolean.toString(preview.matches()));
    }

    private ProjectApplicationInput input() {
        return new ProjectApplicationInput(header.year.getValue(), header.name.getValue(),
            header.category.getValue() == null ? null : header.category.getValue().name(), header.overview.getValue(),
            header.legalBasis.getValue(), header.implementingBody.getValue(), header.periodStart.getValue(),
            header.periodEnd.getValue(), header.annualBudget.getValue(), rows.stream().map(CostLineRow::input).toList(),
            indicators.inputs());
    }

    private void save() {
        clearErrors();
        EditorSave.run(DocumentType.PROJECT_APPLICATION,
            () -> (applicationId == null ? applications.create(input()) : applications.update(applicationId, version, input())).id(),
            "project.saved", "draft.invalid", this::show);
    }

    private void show(FieldViolation v) {
        Matcher cost = COST_FIELD.matcher(v.field());
        if (header.show(v) || indicators.show(v)) {
            return;
        }
        if (cost.matches() && Integer.parseInt(cost.group(1)) < rows.size()) {
            rows.get(Integer.parseInt(cost.group(1))).markInvalid(cost.group(2), v.message());
        } else if (v.field().startsWith("costLines")) {
            costError.setText(v.message());
        } else {
            formError.setText(v.message());
        }
    }

    private void clearErrors() {
        header.clearErrors();
        indicators.clearErrors();
        rows.forEach(CostLineRow::clearInvalid);
        costError.setText("");
        formError.setText("");
    }
}
