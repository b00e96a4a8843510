package cn.nanchang.budgetflow.budget.ui;

import cn.nanchang.budgetflow.attachment.ui.AttachmentPanels;
import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.budget.DraftPreview;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.CopyNotice;
import cn.nanchang.budgetflow.document.ui.DocumentEditor;
import cn.nanchang.budgetflow.document.ui.EditorRows;
import cn.nanchang.budgetflow.document.ui.FieldErrors;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/** Creates or edits a budget draft, with live totals in 万元 and every validation message on its field. */
@Route("budget-drafts/new")
@Menu(title = "nav.newDraft", order = 1)
@RouteAlias("budget-drafts/:id([0-9]+)/edit")
@RolesAllowed("STAFF")
class DraftEditorView extends DocumentEditor<BudgetDraftDetails, BudgetDraftInput> implements HasDynamicTitle {

    private final BudgetDraftService drafts;
    private final ProjectLibrary library;
    private final List<ClassificationCode> functions;
    private final List<ClassificationCode> economics;
    private final IntegerField year;
    private final EditorRows<LineRow> rows = new EditorRows<>("draft-lines", "lines");
    private final TotalsPanel totals = new TotalsPanel();
    private final PreparedYear preparedYear;
    private List<ApprovedProject> projects = List.of();
    /** The request a new draft starts from (二上 from 一上, the year page's 以一上申报为基础编制); null for an empty one. */
    private Long basedOn;

    DraftEditorView(BudgetDraftService drafts, ClassificationCatalogue catalogue, ProjectLibrary library, PreparedYear preparedYear,
            DocumentHistory history, AttachmentPanels attachments) {
        super(drafts, history, DocumentType.BUDGET_DRAFT, "draft", attachments::panel);
        this.drafts = drafts;
        this.library = library;
        this.preparedYear = preparedYear;
        this.functions = catalogue.leaves(Scheme.FUNCTION);
        this.economics = catalogue.leaves(Scheme.ECONOMIC);
        this.year = yearField("draft-year", preparedYear.year(), this::refreshProjects);
        Div linesError = errorArea("lines-error");
        showErrorsIn(new FieldErrors(linesError).rows(rows).field("fiscalYear", year));
        Button addLine = new Button(getTranslation("draft.addLine"), e -> addRow());
        addLine.setId("add-line");
        add(title(), year, new H3(getTranslation("draft.lines")), rows, linesError, addLine, totals,
            new HorizontalLayout(saveButton("save-draft", "draft.save")));
    }

    /**
     * A new draft may be opened for a year ({@code ?year=2027}, from the budget year's page) and
     * from an earlier request of the section ({@code &basedOn=<id>}): its lines are copied into the
     * form, to be changed and saved as a new draft.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        number(query, "year").ifPresent(y -> year.setValue(y.intValue()));
        basedOn = number(query, "basedOn").orElse(null);
        super.beforeEnter(event);
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> v.matches("[0-9]{1,9}")).map(Long::valueOf);
    }

    @Override
    protected void startNew() {
        addComponentAtIndex(1, copyBar());
        refreshProjects();
        if (basedOn == null) {
            addRow();
            return;
        }
        try {
            drafts.get(basedOn).lines().forEach(line -> addRow().fill(line, functions, economics));
            refreshTotals();
        } catch (NotFoundException e) {
            // not the reader's to copy (or gone): an empty draft, as without it
            addRow();
        }
    }

    /**
     * 复制上年已批复草案: the section's approved draft of the year before the one being prepared, made
     * a new draft at once and opened here; without such a draft the button stays, disabled, saying why.
     */
    private HorizontalLayout copyBar() {
        Button copy = new Button(getTranslation("draft.copy.button"));
        copy.setId("copy-last-year");
        Span hint = new Span();
        hint.setId("copy-hint");
        drafts.lastYearSource().ifPresentOrElse(source -> {
            hint.setText(getTranslation("draft.copy.hint", String.valueOf(source.fiscalYear()), source.number(),
                String.valueOf(source.targetYear())));
            copy.addClickListener(e -> CopyNotice.run(DocumentType.BUDGET_DRAFT, () -> drafts.copyLastYear(source.id())));
        }, () -> {
            copy.setEnabled(false);
            hint.setText(getTranslation("draft.copy.none", String.valueOf(preparedYear.year() - 1)));
        });
        HorizontalLayout bar = new HorizontalLayout(copy, hint);
        bar.setAlignItems(Alignment.CENTER);
        return bar;
    }

    @Override
    protected void fill(BudgetDraftDetails draft) {
        year.setValue(draft.fiscalYear());
        year.setReadOnly(true);
        refreshProjects();
        draft.lines().forEach(line -> addRow().fill(line, functions, economics));
        refreshTotals();
    }

    private LineRow addRow() {
        LineRow row = new LineRow(functions, economics, this::refreshTotals, this::removeRow);
        row.setProjects(projects);
        return rows.append(row);
    }

    private void removeRow(LineRow row) {
        rows.delete(row);
        refreshTotals();
    }

    /** 项目支出 lines fund approved projects of the section and the draft's year: reload when the year changes. */
    private void refreshProjects() {
        Integer y = year.getValue();
        projects = y == null ? List.of() : library.list(y, null);
        rows.rows().forEach(r -> r.setProjects(projects));
    }

    private void refreshTotals() {
        DraftPreview preview = drafts.preview(rows.map(LineRow::input));
        List<LineRow> shown = rows.rows();
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).setFinished(preview.isFinished(i));
        }
        totals.show(preview);
    }

    @Override
    protected BudgetDraftInput input() {
        return new BudgetDraftInput(year.getValue(), rows.map(LineRow::input));
    }

    @Override
    protected Class<BudgetDraftInput> autosavedInput() {
        return BudgetDraftInput.class;
    }

    @Override
    protected void restore(BudgetDraftInput input) {
        if (!year.isReadOnly() && input.fiscalYear() != null) {
            year.setValue(input.fiscalYear());
        }
        rows.rows().forEach(rows::delete);
        if (input.lines() != null) {
            input.lines().forEach(line -> addRow().restore(line, functions, economics));
        }
        refreshTotals();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.budgetDraft");
    }
}
