package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.attachment.ui.AttachmentPanels;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.DocumentEditor;
import cn.nanchang.budgetflow.document.ui.EditorRows;
import cn.nanchang.budgetflow.document.ui.FieldErrors;
import cn.nanchang.budgetflow.procurement.FundingOption;
import cn.nanchang.budgetflow.procurement.ProcurementEditorService;
import cn.nanchang.budgetflow.procurement.ProcurementLimits;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Creates or edits a procurement plan: items funded by the section's approved budget lines of
 * the year, live totals by category in 万元, and every validation message on its field.
 */
@Route("procurement-plans/new")
@Menu(title = "nav.newProcurementPlan", order = 3)
@RouteAlias("procurement-plans/:id([0-9]+)/edit")
@RolesAllowed("STAFF")
class ProcurementPlanEditorView extends DocumentEditor<ProcurementPlanDetails, ProcurementPlanInput> implements HasDynamicTitle {

    private final ProcurementEditorService editor;
    private final ProcurementLimits limits;
    private final IntegerField year;
    private final EditorRows<ItemRow> rows = new EditorRows<>("plan-items", "items");
    private final Div noFunding = new Div(getTranslation("procurement.noFunding"));
    private final CategoryTotalsPanel totals = new CategoryTotalsPanel();
    private List<FundingOption> options = List.of();

    ProcurementPlanEditorView(ProcurementPlanService plans, ProcurementEditorService editor, Clock clock,
            DocumentHistory history, AttachmentPanels attachments) {
        super(plans, history, DocumentType.PROCUREMENT_PLAN, "procurement", attachments::panel);
        this.editor = editor;
        this.limits = editor.limits();
        this.year = yearField("plan-year", LocalDate.now(clock).getYear(), this::offerForYear);
        Div itemsError = errorArea("items-error");
        showErrorsIn(new FieldErrors(itemsError).rows(rows).field("fiscalYear", year));
        noFunding.setId("no-funding");
        Button addItem = new Button(getTranslation("procurement.addItem"), e -> addRow());
        addItem.setId("add-item");
        add(title(), year, noFunding, new H3(getTranslation("procurement.items")), rows, itemsError, addItem, totals,
            new HorizontalLayout(saveButton("save-plan", "procurement.save")));
    }

    @Override
    protected void startNew() {
        offerForYear();
        addRow();
        refreshTotals();
    }

    @Override
    protected void fill(ProcurementPlanDetails plan) {
        year.setValue(plan.fiscalYear());
        year.setReadOnly(true);
        offerForYear();
        plan.items().forEach(item -> addRow().fill(item));
        refreshTotals();
    }

    /** The start months and funding lines follow the plan's year. */
    private void offerForYear() {
        Integer y = year.getValue();
        boolean usable = y != null && y >= 2000 && y <= 2099;
        options = usable ? editor.fundingOptions(y, documentId()) : List.of();
        noFunding.setVisible(options.isEmpty());
        rows.rows().forEach(r -> r.offer(months(), options));
    }

    private List<YearMonth> months() {
        Integer y = year.getValue();
        return y == null || y < 2000 || y > 2099 ? List.of()
            : IntStream.rangeClosed(1, 12).mapToObj(m -> Year.of(y).atMonth(m)).toList();
    }

    private ItemRow addRow() {
        ItemRow row = new ItemRow(limits, this::refreshTotals, this::removeRow);
        row.offer(months(), options);
        return rows.append(row);
    }

    private void removeRow(ItemRow row) {
        rows.delete(row);
        refreshTotals();
    }

    private void refreshTotals() {
        totals.show(editor.preview(rows.map(ItemRow::input)));
    }

    @Override
    protected ProcurementPlanInput input() {
        return new ProcurementPlanInput(year.getValue(), rows.map(ItemRow::input));
    }

    @Override
    protected Class<ProcurementPlanInput> autosavedInput() {
        return ProcurementPlanInput.class;
    }

    @Override
    protected void restore(ProcurementPlanInput input) {
        if (!year.isReadOnly() && input.fiscalYear() != null) {
            year.setValue(input.fiscalYear());
        }
        rows.rows().forEach(rows::delete);
        if (input.items() != null) {
            input.items().forEach(item -> addRow().restore(item));
        }
        refreshTotals();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.procurementPlan");
    }
}
