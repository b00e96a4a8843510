package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.project.IndicatorDirection;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * One editable level-3 indicator, a row of the {@link IndicatorSheet} filed under the leaf category
 * it sits in. The column headings name the fields, so each field carries its name as an ARIA label.
 */
@Tag("tr")
class IndicatorRow extends Component implements HasStyle {

    private final String categoryCode;
    private final TextField name = new TextField();
    private final Select<IndicatorDirection> direction = new Select<>();
    private final TextField target = new TextField();
    private final TextField unit = new TextField();
    private final TextField weight = new TextField();
    private final TextField note = new TextField();

    IndicatorRow(String categoryCode, Runnable onWeightChange, Consumer<IndicatorRow> onRemove) {
        this.categoryCode = categoryCode;
        addClassName("indicator-row");
        getElement().setAttribute("data-category", categoryCode);
        name.setAriaLabel(getTranslation("indicator.name"));
        name.setMaxLength(200);
        name.addClassName("indicator-name");
        direction.setAriaLabel(getTranslation("indicator.direction"));
        direction.setItems(IndicatorDirection.values());
        direction.setItemLabelGenerator(IndicatorDirection::symbol);
        direction.addClassName("indicator-direction");
        target.setAriaLabel(getTranslation("indicator.target"));
        target.setMaxLength(100);
        target.addClassName("indicator-target");
        unit.setAriaLabel(getTranslation("indicator.unit"));
        unit.setMaxLength(20);
        unit.addClassName("indicator-unit");
        weight.setAriaLabel(getTranslation("indicator.weight"));
        weight.setAllowedCharPattern("[0-9.]");
        weight.setValueChangeMode(ValueChangeMode.LAZY);
        weight.addClassName("indicator-weight");
        weight.addValueChangeListener(e -> onWeightChange.run());
        note.setAriaLabel(getTranslation("indicator.note"));
        note.setMaxLength(500);
        note.addClassName("indicator-note");
        Button remove = new Button(getTranslation("draft.removeLine"), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("indicator-remove");
        for (Component field : new Component[] {name, direction, target, unit, weight, note, remove}) {
            if (field instanceof HasSize sized && field != remove) {
                sized.setWidthFull();
            }
            getElement().appendChild(IndicatorSheet.cell("td", "").appendChild(field.getElement()));
        }
    }

    String categoryCode() {
        return categoryCode;
    }

    /** Puts back a row as it was typed (an autosaved one). */
    void restore(ProjectApplicationInput.IndicatorInput i) {
        name.setValue(i.name() == null ? "" : i.name());
        direction.setValue(BrowserDraft.constant(IndicatorDirection.class, i.direction()));
        target.setValue(i.targetValue() == null ? "" : i.targetValue());
        unit.setValue(i.unit() == null ? "" : i.unit());
        weight.setValue(i.weight() == null ? "" : i.weight());
        note.setValue(i.note() == null ? "" : i.note());
    }

    void fill(ProjectApplicationDetails.Indicator i) {
        name.setValue(i.name());
        direction.setValue(i.direction());
        target.setValue(i.targetValue());
        unit.setValue(i.unit() == null ? "" : i.unit());
        weight.setValue(i.weight() == null ? "" : i.weight().stripTrailingZeros().toPlainString());
        note.setValue(i.note() == null ? "" : i.note());
    }

    ProjectApplicationInput.IndicatorInput input() {
        return new ProjectApplicationInput.IndicatorInput(categoryCode, name.getValue(),
            direction.getValue() == null ? null : direction.getValue().name(), target.getValue(), unit.getValue(),
            weight.getValue(), note.getValue());
    }

    /** Marks the field named by a validation path suffix such as "targetValue". */
    void markInvalid(String field, String message) {
        HasValidation target = switch (field) {
            case "direction" -> direction;
            case "targetValue" -> this.target;
            case "unit" -> unit;
            case "weight" -> weight;
            case "note" -> note;
            default -> name;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clearInvalid() {
        name.setInvalid(false);
        direction.setInvalid(false);
        target.setInvalid(false);
        unit.setInvalid(false);
        weight.setInvalid(false);
        note.setInvalid(false);
    }
}
