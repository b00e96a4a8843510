package cn.nanchang.budgetflow.budget.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.EditorSave;
import cn.nanchang.budgetflow.document.ui.ReturnBanner;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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

/** Creates or edits a budget draft, with live totals in 万元 and every validation message on its field. */
@Route("budget-drafts/new")
@Menu(title = "nav.newDraft", order = 1)
@RouteAlias("budget-drafts/:id([0-9]+)/edit")
@PageTitle("预算草案 · 预算审批系统")
@RolesAllowed("STAFF")
class DraftEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private final BudgetDraftService drafts;
    private final DocumentHistory history;
    private final ProjectLibrary library;
    private final List<ClassificationCode> functions;
    private final List<ClassificationCode> economics;
    private final IntegerField year = new IntegerField();
    private final VerticalLayout lineRows = new VerticalLayout();
    private final List<LineRow> rows = new ArrayList<>();
    private final Div linesError = new Div();
    private final TotalsPanel totals = new TotalsPanel();
    private final H2 title = new H2();
    private List<ApprovedProject> projects = List.of();
    private Long draftId;
    private Long version;

    DraftEditorView(BudgetDraftService drafts, ClassificationCatalogue catalogue, ProjectLibrary library, Clock clock,
            DocumentHistory history) {
        this.history = history;
        this.drafts = drafts;
        this.library = library;
        this.functions = catalogue.leaves(Scheme.FUNCTION);
        this.economics = catalogue.leaves(Scheme.ECONOMIC);
        year.setId("draft-year");
        year.setLabel(getTranslation("draft.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock).getYear() + 1);
        year.addValueChangeListener(e -> refreshProjects());
        lineRows.setId("draft-lines");
        lineRows.setPadding(false);
        linesError.addClassName("field-error");
        linesError.setId("lines-error");
        Button addLine = new Button(getTranslation("draft.addLine"), e -> addRow());
        addLine.setId("add-line");
        Button save = new Button(getTranslation("draft.save"), e -> save());
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, year, new H3(getTranslation("draft.lines")), lineRows, linesError, addLine, totals,
            new HorizontalLayout(save));
        title.setText(getTranslation("draft.newTitle"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            refreshProjects();
            addRow();
            return;
        }
        try {
            load(drafts.get(id.get()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void load(BudgetDraftDetails draft) {
        draftId = draft.id();
        addComponentAtIndex(1, ReturnBanner.of(() -> history.latestReturnToMe(draft.id()), true));
        version = draft.version();
        title.setText(getTranslation("draft.editTitle") + " " + draft.number());
        year.setValue(draft.fiscalYear());
        year.setReadOnly(true);
        refreshProjects();
        draft.lines().forEach(line -> addRow().fill(line, functions, economics));
        refreshTotals();
    }

    private LineRow addRow() {
        LineRow row = new LineRow(functions, economics, this::refreshTotals, this::removeRow);
        row.setProjects(projects);
        rows.add(row);
        lineRows.add(row);
        return row;
    }

    private void removeRow(LineRow row) {
        rows.remove(row);
        lineRows.remove(row);
        refreshTotals();
    }

    /** 项目支出 lines fund approved projects of the section and the draft's year: reload when the year changes. */
    private void refreshProjects() {
        Integer y = year.getValue();
        projects = y == null ? List.of() : library.list(y, null);
        rows.forEach(r -> r.setProjects(projects));
    }

    private void refreshTotals() {
        totals.show(drafts.preview(rows.stream().map(LineRow::input).toList()));
    }

    private void save() {
        clearErrors();
        BudgetDraftInput input = new BudgetDraftInput(year.getValue(), rows.stream().map(LineRow::input).toList());
        EditorSave.run(DocumentType.BUDGET_DRAFT,
            () -> (draftId == null ? drafts.create(input) : drafts.update(draftId, version, input)).id(),
            "draft.saved", "draft.invalid", this::show);
    }

    private void show(FieldViolation v) {
        Matcher m = LINE_FIELD.matcher(v.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
            rows.get(Integer.parseInt(m.group(1))).markInvalid(m.group(2), v.message());
        } else if ("fiscalYear".equals(v.field())) {
            year.setErrorMessage(v.message());
            year.setInvalid(true);
        } else {
            linesError.setText(v.message());
        }
    }

    private void clearErrors() {
        year.setInvalid(false);
        linesError.setText("");
        rows.forEach(LineRow::clearInvalid);
    }
}
