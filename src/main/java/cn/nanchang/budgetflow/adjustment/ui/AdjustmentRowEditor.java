package cn.nanchang.budgetflow.adjustment.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentDetails;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentInput;
import cn.nanchang.budgetflow.adjustment.Direction;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.document.ui.EditorRow;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.project.ApprovedProject;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/**
 * One row of an adjustment: 调减 or 调增 of one of the section's 指标, or, with 新增指标 ticked, a 调增
 * of a new line with its kind, codes and project.
 */
class AdjustmentRowEditor extends HorizontalLayout implements EditorRow {

    private final Select<Direction> direction = new Select<>();
    private final Checkbox newLine = new Checkbox();
    private final ComboBox<IndicatorSummary> indicator = new ComboBox<>();
    private final Select<ExpenditureKind> kind = new Select<>();
    private final ComboBox<ClassificationCode> function = new ComboBox<>();
    private final ComboBox<ClassificationCode> economic = new ComboBox<>();
    private final ComboBox<ApprovedProject> project = new ComboBox<>();
    private final AmountField amount = new AmountField(null);

    AdjustmentRowEditor(EditorChoices choices, Runnable onChange, Consumer<AdjustmentRowEditor> onRemove) {
        addClassName("adjustment-row");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        direction.setLabel(getTranslation("adjustment.field.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        direction.addClassName("row-direction");
        direction.setWidth("6em");
        newLine.setLabel(getTranslation("adjustment.newLine"));
        newLine.addClassName("row-new-line");
        indicator.setLabel(getTranslation("adjustment.field.indicator"));
        indicator.setItems(choices.indicators());
        indicator.setItemLabelGenerator(i -> i.id() + " " + i.functionCode() + "/" + i.economicCode() + " " + i.economicName()
            + (i.projectCode() == null ? "" : " " + i.projectCode()) + "（" + getTranslation("adjustment.available",
            Formats.wan(i.available())) + "）");
        indicator.addClassName("row-indicator");
        indicator.setMinWidth("26em");
        kind.setLabel(getTranslation("adjustment.field.kind"));
        kind.setItems(ExpenditureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addClassName("row-kind");
        function.setLabel(getTranslation("adjustment.field.function"));
        function.setItems(choices.functions());
        function.setItemLabelGenerator(ClassificationCode::label);
        function.addClassName("row-function");
        economic.setLabel(getTranslation("adjustment.field.economic"));
        economic.setItems(choices.economics());
        economic.setItemLabelGenerator(ClassificationCode::label);
        economic.addClassName("row-economic");
        project.setLabel(getTranslation("adjustment.field.project"));
        project.setItems(choices.projects());
        project.setItemLabelGenerator(ApprovedProject::label);
        project.addClassName("row-project");
        amount.setLabel(getTranslation("adjustment.field.amount"));
        amount.addClassName("row-amount");
        amount.setWidth("10em");
        amount.addValueChangeListener(e -> onChange.run());
        direction.addValueChangeListener(e -> onChange.run());
        Button remove = new Button(getTranslation("adjustment.removeRow"), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("row-remove");
        newLine.addValueChangeListener(e -> showLineFields());
        kind.addValueChangeListener(e -> project.setVisible(newLine.getValue() && kind.getValue() == ExpenditureKind.PROJECT));
        add(direction, newLine, indicator, kind, function, economic, project, amount, remove);
        showLineFields();
    }

    private void showLineFields() {
        boolean fresh = newLine.getValue();
        indicator.setVisible(!fresh);
        kind.setVisible(fresh);
        function.setVisible(fresh);
        economic.setVisible(fresh);
        project.setVisible(fresh && kind.getValue() == ExpenditureKind.PROJECT);
    }

    void fill(BudgetAdjustmentDetails.Row row) {
        set(row.direction(), row.newLine(), row.kind(), row.functionCode(), row.economicCode(), row.projectId(),
            row.indicatorId(), row.amount().toString());
    }

    /** Puts back a row as it was typed (an autosaved one): a row without a 指标 but with a kind or code is a new line. */
    void restore(BudgetAdjustmentInput.RowInput row) {
        boolean fresh = row.indicatorId() == null && (row.kind() != null || row.functionCode() != null || row.economicCode() != null);
        set(BrowserDraft.constant(Direction.class, row.direction()), fresh, BrowserDraft.constant(ExpenditureKind.class, row.kind()),
            row.functionCode(), row.economicCode(), row.projectId(), row.indicatorId(), row.amount() == null ? "" : row.amount());
    }

    private void set(Direction way, boolean fresh, ExpenditureKind k, String functionCode, String economicCode, Long projectId,
            Long indicatorId, String amountText) {
        direction.setValue(way);
        newLine.setValue(fresh);
        if (fresh) {
            kind.setValue(k);
            function.getListDataView().getItems().filter(c -> c.getCode().equals(functionCode)).findFirst()
                .ifPresent(function::setValue);
            economic.getListDataView().getItems().filter(c -> c.getCode().equals(economicCode)).findFirst()
                .ifPresent(economic::setValue);
            project.getListDataView().getItems().filter(p -> projectId != null && p.id() == projectId)
                .findFirst().ifPresent(project::setValue);
        } else {
            indicator.getListDataView().getItems().filter(i -> indicatorId != null && i.id() == indicatorId).findFirst()
                .ifPresent(indicator::setValue);
        }
        amount.setValue(amountText);
        showLineFields();
    }

    BudgetAdjustmentInput.RowInput input() {
        boolean fresh = newLine.getValue();
        return new BudgetAdjustmentInput.RowInput(direction.getValue() == null ? null : direction.getValue().name(),
            !fresh && indicator.getValue() != null ? indicator.getValue().id() : null,
            fresh && kind.getValue() != null ? kind.getValue().name() : null,
            fresh && function.getValue() != null ? function.getValue().getCode() : null,
            fresh && economic.getValue() != null ? economic.getValue().getCode() : null,
            fresh && project.getValue() != null && project.isVisible() ? project.getValue().id() : null, amount.getValue());
    }

    @Override
    public void markInvalid(String field, String message) {
        HasValidation target = switch (field) {
            case "direction" -> direction;
            case "indicatorId" -> indicator;
            case "kind" -> kind;
            case "functionCode" -> function;
            case "economicCode" -> economic;
            case "projectId" -> project;
            default -> amount;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    @Override
    public void clearInvalid() {
        List.<HasValidation>of(direction, indicator, kind, function, economic, project, amount).forEach(f -> f.setInvalid(false));
    }

    /** What every row offers to choose from. */
    record EditorChoices(List<IndicatorSummary> indicators, List<ClassificationCode> functions,
            List<ClassificationCode> economics, List<ApprovedProject> projects) {
    }
}
