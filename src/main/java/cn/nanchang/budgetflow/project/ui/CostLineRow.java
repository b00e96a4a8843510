package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import cn.nanchang.budgetflow.document.ui.EditorRow;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** One editable cost line of a project: function code (项), economic code (款), amount in yuan, note. */
class CostLineRow extends HorizontalLayout implements EditorRow {

    private final ComboBox<ClassificationCode> function = new ComboBox<>();
    private final ComboBox<ClassificationCode> economic = new ComboBox<>();
    private final AmountField amount = new AmountField(null);
    private final TextField note = new TextField();

    CostLineRow(List<ClassificationCode> functions, List<ClassificationCode> economics, Runnable onChange,
            Consumer<CostLineRow> onRemove) {
        addClassName("cost-line");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        function.setLabel(getTranslation("draft.functionCode"));
        function.setItems(functions);
        function.setItemLabelGenerator(ClassificationCode::label);
        function.addClassName("line-function");
        function.setWidth("18em");
        economic.setLabel(getTranslation("draft.economicCode"));
        economic.setItems(economics);
        economic.setItemLabelGenerator(ClassificationCode::label);
        economic.addClassName("line-economic");
        economic.setWidth("15em");
        amount.setLabel(getTranslation("draft.amount"));
        amount.addClassName("line-amount");
        amount.setWidth("10em");
        amount.addValueChangeListener(e -> onChange.run());
        note.setLabel(getTranslation("project.costLine.note"));
        note.setMaxLength(200);
        note.addClassName("line-note");
        Button remove = new Button(getTranslation("draft.removeLine"), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("line-remove");
        add(function, economic, amount, note, remove);
        expand(note);
    }

    /** Puts back a cost line as it was typed (an autosaved one). */
    void restore(ProjectApplicationInput.CostLineInput line, List<ClassificationCode> functions, List<ClassificationCode> economics) {
        functions.stream().filter(c -> c.getCode().equals(line.functionCode())).findFirst().ifPresent(function::setValue);
        economics.stream().filter(c -> c.getCode().equals(line.economicCode())).findFirst().ifPresent(economic::setValue);
        amount.setValue(line.amount() == null ? "" : line.amount());
        note.setValue(line.note() == null ? "" : line.note());
    }

    void fill(ProjectApplicationDetails.CostLine line, List<ClassificationCode> functions, List<ClassificationCode> economics) {
        functions.stream().filter(c -> c.getCode().equals(line.functionCode())).findFirst().ifPresent(function::setValue);
        economics.stream().filter(c -> c.getCode().equals(line.economicCode())).findFirst().ifPresent(economic::setValue);
        amount.setValue(line.amount().toString());
        note.setValue(line.note() == null ? "" : line.note());
    }

    ProjectApplicationInput.CostLineInput input() {
        return new ProjectApplicationInput.CostLineInput(
            function.getValue() == null ? null : function.getValue().getCode(),
            economic.getValue() == null ? null : economic.getValue().getCode(),
            amount.getValue(), note.getValue());
    }

    /** Marks the field named by a validation path suffix such as "amount". */
    @Override
    public void markInvalid(String field, String message) {
        HasValidation target = switch (field) {
            case "functionCode" -> function;
            case "economicCode" -> economic;
            case "note" -> note;
            default -> amount;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    @Override
    public void clearInvalid() {
        function.setInvalid(false);
        economic.setInvalid(false);
        amount.setInvalid(false);
        note.setInvalid(false);
    }
}
