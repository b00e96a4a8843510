package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.attachment.ui.AttachmentPanels;
import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.DocumentEditor;
import cn.nanchang.budgetflow.document.ui.EditorRows;
import cn.nanchang.budgetflow.project.CostPreview;
import cn.nanchang.budgetflow.project.IndicatorCategories;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Creates or edits a project application: the header, cost lines with their live total against
 * the annual budget, and the performance-target table; every validation message on its field.
 */
@Route("project-applications/new")
@Menu(title = "nav.newProject", order = 2)
@RouteAlias("project-applications/:id([0-9]+)/edit")
@RolesAllowed("STAFF")
class ProjectEditorView extends DocumentEditor<ProjectApplicationDetails, ProjectApplicationInput> implements HasDynamicTitle {

    private final ProjectApplicationService applications;
    private final List<ClassificationCode> functions;
    private final List<ClassificationCode> economics;
    private final ProjectHeaderForm header;
    private final EditorRows<CostLineRow> rows = new EditorRows<>("cost-lines", "costLines");
    private final Div costError = new Div();
    private final Span costTotal = new Span();
    private final IndicatorTreeEditor indicators;
    private final Div formError = new Div();

    ProjectEditorView(ProjectApplicationService applications, ClassificationCatalogue catalogue,
            IndicatorCategories categories, PreparedYear preparedYear, DocumentHistory history, AttachmentPanels attachments) {
        super(applications, history, DocumentType.PROJECT_APPLICATION, "project", attachments::panel);
        this.applications = applications;
        this.functions = catalogue.leaves(Scheme.FUNCTION);
        this.economics = catalogue.leaves(Scheme.ECONOMIC);
        this.header = new ProjectHeaderForm(preparedYear.year(), this::refreshCostTotal);
        this.indicators = new IndicatorTreeEditor(categories.tree());
        costError.setId("cost-lines-error");
        costError.addClassName("field-error");
        costTotal.setId("cost-total");
        formError.setId("form-error");
        formError.addClassName("field-error");
        Button addLine = new Button(getTranslation("draft.addLine"), e -> addCostRow());
        addLine.setId("add-cost-line");
        add(title(), header, new H3(getTranslation("project.costLines")), rows, addLine, costTotal, costError,
            new H3(getTranslation("project.indicators")), indicators, formError, saveButton("save-project", "project.save"));
    }

    @Override
    protected void startNew() {
        addCostRow();
        refreshCostTotal();
    }

    @Override
    protected void fill(ProjectApplicationDetails application) {
        header.fill(application);
        application.costLines().forEach(line -> addCostRow().fill(line, functions, economics));
        indicators.fill(application.indicators());
        refreshCostTotal();
    }

    /** The project editor shares the budget draft's notice for refused input. */
    @Override
    protected String invalidKey() {
        return "draft.invalid";
    }

    private CostLineRow addCostRow() {
        return rows.append(new CostLineRow(functions, economics, this::refreshCostTotal, this::removeCostRow));
    }

    private void removeCostRow(CostLineRow row) {
        rows.delete(row);
        refreshCostTotal();
    }

    private void refreshCostTotal() {
        CostPreview preview = applications.previewCosts(header.annualBudget.getValue(),
            rows.map(CostLineRow::input));
        String text = getTranslation("project.costTotal", Formats.wan(preview.costTotal()),
            preview.annualBudget() == null ? "—" : Formats.wan(preview.annualBudget()));
        if (preview.annualBudget() != null) {
            text += preview.matches() ? getTranslation("project.costTotal.matches")
                : getTranslation("project.costTotal.differs", Formats.wan(preview.difference()));
        }
        costTotal.setText(text);
        costTotal.getElement().setAttribute("data-matches", Boolean.toString(preview.matches()));
    }

    @Override
    protected ProjectApplicationInput input() {
        return new ProjectApplicationInput(header.year.getValue(), header.name.getValue(),
            header.category.getValue() == null ? null : header.category.getValue().name(), header.overview.getValue(),
            header.legalBasis.getValue(), header.implementingBody.getValue(), header.periodStart.getValue(),
            header.periodEnd.getValue(), header.annualBudget.getValue(), rows.map(CostLineRow::input),
            indicators.inputs(), header.purpose.getValue());
    }

    @Override
    protected void show(FieldViolation v) {
        if (header.show(v) || indicators.show(v) || rows.show(v)) {
            return;
        }
        if (v.field().startsWith("costLines")) {
            costError.setText(v.message());
        } else {
            formError.setText(v.message());
        }
    }

    @Override
    protected void clearErrors() {
        header.clearErrors();
        indicators.clearErrors();
        rows.clearInvalid();
        costError.setText("");
        formError.setText("");
    }

    @Override
    protected Class<ProjectApplicationInput> autosavedInput() {
        return ProjectApplicationInput.class;
    }

    @Override
    protected void restore(ProjectApplicationInput input) {
        header.restore(input);
        rows.rows().forEach(rows::delete);
        if (input.costLines() != null) {
            input.costLines().forEach(line -> addCostRow().restore(line, functions, economics));
        }
        indicators.restore(input.indicators() == null ? List.of() : input.indicators());
        refreshCostTotal();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.projectApplication");
    }
}
