package cn.nanchang.budgetflow.adjustment.ui;

import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.attachment.ui.AttachmentPanels;
import cn.nanchang.budgetflow.adjustment.AdjustmentEditorService;
import cn.nanchang.budgetflow.adjustment.AdjustmentKind;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentDetails;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentInput;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentService;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.DocumentEditor;
import cn.nanchang.budgetflow.document.ui.EditorRows;
import cn.nanchang.budgetflow.document.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Creates or edits a budget adjustment: kind, reason, 测算依据, 绩效目标 change and source, then
 * 调减 and 调增 rows on the section's 指标 of the year or new lines, with the running sums; every
 * refused value shows on its field, a broken hard rule on its row.
 */
@Route("budget-adjustments/new")
@Menu(title = "nav.newAdjustment", order = 3.5)
@RouteAlias("budget-adjustments/:id([0-9]+)/edit")
@RolesAllowed("STAFF")
class BudgetAdjustmentEditorView extends DocumentEditor<BudgetAdjustmentDetails, BudgetAdjustmentInput>
        implements HasDynamicTitle {

    private final AdjustmentEditorService editor;
    private final IntegerField year;
    private final Select<AdjustmentKind> kind = new Select<>();
    private final TextArea reason = new TextArea();
    private final TextArea basis = new TextArea();
    private final TextArea performanceChange = new TextArea();
    private final TextField fundingSource = new TextField();
    private final EditorRows<AdjustmentRowEditor> rows = new EditorRows<>("adjustment-rows", "rows");
    private final Div noIndicators = new Div();
    private final Div sums = new Div();
    private AdjustmentRowEditor.EditorChoices choices;

    BudgetAdjustmentEditorView(BudgetAdjustmentService adjustments, AdjustmentEditorService editor, Clock clock,
            DocumentHistory history, AttachmentPanels attachments) {
        super(adjustments, history, DocumentType.BUDGET_ADJUSTMENT, "adjustment", attachments::panel);
        this.editor = editor;
        this.year = yearField("adjustment-year", editor.likelyYear(LocalDate.now(clock).getYear()), this::offerForYear);
        kind.setId("adjustment-kind");
        kind.setLabel(getTranslation("adjustment.field.adjustmentKind"));
        kind.setItems(AdjustmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(AdjustmentKind.TRANSFER);
        text(reason, "adjustment-reason", "reason", 1000);
        text(basis, "adjustment-basis", "basis", 2000);
        text(performanceChange, "adjustment-performance", "performanceChange", 2000);
        fundingSource.setId("adjustment-source");
        fundingSource.setLabel(getTranslation("adjustment.field.fundingSource"));
        fundingSource.setMaxLength(200);
        fundingSource.setWidthFull();
        noIndicators.setText(getTranslation("adjustment.noIndicators"));
        noIndicators.setId("no-indicators");
        sums.setId("adjustment-sums");
        Div rowsError = errorArea("rows-error");
        showErrorsIn(new FieldErrors(rowsError).rows(rows).field("fiscalYear", year).field("adjustmentKind", kind)
            .field("reason", reason).field("basis", basis).field("performanceChange", performanceChange)
            .field("fundingSource", fundingSource));
        Button addRow = new Button(getTranslation("adjustment.addRow"), e -> addRow());
        addRow.setId("add-row");
        add(title(), new HorizontalLayout(year, kind), reason, basis, performanceChange, fundingSource, noIndicators,
            new H3(getTranslation("adjustment.rows")), rows, rowsError, addRow, sums,
            new HorizontalLayout(saveButton("save-adjustment", "adjustment.save")));
    }

    private void text(TextArea area, String id, String field, int max) {
        area.setId(id);
        area.setLabel(getTranslation("adjustment.field." + field));
        area.setMaxLength(max);
        area.setWidthFull();
    }

    @Override
    protected void startNew() {
        offerForYear();
        addRow();
        addRow();
    }

    @Override
    protected void fill(BudgetAdjustmentDetails adjustment) {
        year.setValue(adjustment.fiscalYear());
        year.setReadOnly(true);
        offerForYear();
        kind.setValue(adjustment.kind());
        reason.setValue(adjustment.reason());
        basis.setValue(adjustment.basis());
        performanceChange.setValue(adjustment.performanceChange() == null ? "" : adjustment.performanceChange());
        fundingSource.setValue(adjustment.fundingSource() == null ? "" : adjustment.fundingSource());
        adjustment.rows().forEach(r -> addRow().fill(r));
        refreshSums();
    }

    /**
     * The 指标 offered follow the year. Rows typed so far are emptied (as many stay): their 指标 were
     * the other year's.
     */
    private void offerForYear() {
        Integer y = year.getValue();
        boolean usable = y != null && y >= 2000 && y <= 2099;
        choices = new AdjustmentRowEditor.EditorChoices(usable ? editor.indicators(y) : List.of(),
            editor.codes(Scheme.FUNCTION), editor.codes(Scheme.ECONOMIC), editor.projects());
        noIndicators.setVisible(choices.indicators().isEmpty());
        int typed = rows.rows().size();
        rows.rows().forEach(rows::delete);
        for (int i = 0; i < typed; i++) {
            addRow();
        }
        refreshSums();
    }

    private AdjustmentRowEditor addRow() {
        return rows.append(new AdjustmentRowEditor(choices, this::refreshSums, r -> {
            rows.delete(r);
            refreshSums();
        }));
    }

    private void refreshSums() {
        BigDecimal down = BigDecimal.ZERO;
        BigDecimal up = BigDecimal.ZERO;
        for (BudgetAdjustmentInput.RowInput r : rows.map(AdjustmentRowEditor::input)) {
            BigDecimal amount = parsed(r.amount());
            if ("DECREASE".equals(r.direction())) {
                down = down.add(amount);
            } else if ("INCREASE".equals(r.direction())) {
                up = up.add(amount);
            }
        }
        sums.setText(getTranslation("adjustment.sums", new Money(down.setScale(2)).formatYuan(), new Money(up.setScale(2)).formatYuan()));
    }

    private static BigDecimal parsed(String text) {
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (RuntimeException incomplete) {
            return BigDecimal.ZERO;
        }
    }

    @Override
    protected BudgetAdjustmentInput input() {
        return new BudgetAdjustmentInput(year.getValue(), kind.getValue() == null ? null : kind.getValue().name(),
            reason.getValue(), basis.getValue(), performanceChange.getValue(), fundingSource.getValue(),
            rows.map(AdjustmentRowEditor::input));
    }

    @Override
    protected Class<BudgetAdjustmentInput> autosavedInput() {
        return BudgetAdjustmentInput.class;
    }

    @Override
    protected void restore(BudgetAdjustmentInput input) {
        if (!year.isReadOnly() && input.fiscalYear() != null && !input.fiscalYear().equals(year.getValue())) {
            year.setValue(input.fiscalYear());
        }
        kind.setValue(BrowserDraft.constant(AdjustmentKind.class, input.adjustmentKind()));
        reason.setValue(Objects.toString(input.reason(), ""));
        basis.setValue(Objects.toString(input.basis(), ""));
        performanceChange.setValue(Objects.toString(input.performanceChange(), ""));
        fundingSource.setValue(Objects.toString(input.fundingSource(), ""));
        rows.rows().forEach(rows::delete);
        if (input.rows() != null) {
            input.rows().forEach(r -> addRow().restore(r));
        }
        refreshSums();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.adjustment");
    }
}
