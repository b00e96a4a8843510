package cn.nanchang.budgetflow.budget.ui;

import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.document.ui.EditorRow;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/**
 * One editable budget line: codes, kind, the funded project for 项目支出, amount in yuan and note.
 * The fields wrap onto a second line when they do not fit (a 项目支出 line at 1366 px), so that 删除
 * never leaves the screen; a line the totals cannot count yet carries a 未完成 badge.
 */
class LineRow extends HorizontalLayout implements EditorRow {

    private final ComboBox<ClassificationCode> function = new ComboBox<>();
    private final ComboBox<ClassificationCode> economic = new ComboBox<>();
    private final Select<ExpenditureKind> kind = new Select<>();
    private final ComboBox<ApprovedProject> project = new ComboBox<>();
    private final AmountField amount = new AmountField(null);
    private final TextField note = new TextField();
    private final Span unfinished = new Span();

    LineRow(List<ClassificationCode> functions, List<ClassificationCode> economics, Runnable onChange, Consumer<LineRow> onRemove) {
        addClassName("budget-line");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        getStyle().set("row-gap", "0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        function.setLabel(getTranslation("draft.functionCode"));
        function.setItems(functions);
        function.setItemLabelGenerator(ClassificationCode::label);
        function.addClassName("line-function");
        function.setWidth("17em");
        economic.setLabel(getTranslation("draft.economicCode"));
        economic.setItems(economics);
        economic.setItemLabelGenerator(ClassificationCode::label);
        economic.addClassName("line-economic");
        economic.setWidth("14em");
        kind.setLabel(getTranslation("draft.kind"));
        kind.setItems(ExpenditureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addClassName("line-kind");
        kind.setWidth("9em");
        project.setLabel(getTranslation("draft.project"));
        project.setItemLabelGenerator(ApprovedProject::label);
        project.addClassName("line-project");
        project.setWidth("17em");
        project.setVisible(false);
        kind.addValueChangeListener(e -> {
            project.setVisible(e.getValue() == ExpenditureKind.PROJECT);
            if (e.getValue() != ExpenditureKind.PROJECT) {
                project.clear();
            }
        });
        amount.setLabel(getTranslation("draft.amount"));
        amount.addClassName("line-amount");
        amount.setWidth("10em");
        note.setLabel(getTranslation("draft.note"));
        note.setMaxLength(500);
        note.addClassName("line-note");
        note.setMinWidth("10em");
        unfinished.setText(getTranslation("draft.line.unfinished"));
        unfinished.getElement().getThemeList().addAll(List.of("badge", "contrast"));
        unfinished.getElement().setAttribute("title", getTranslation("draft.line.unfinished.hint"));
        unfinished.addClassName("line-unfinished");
        unfinished.setVisible(false);
        Button remove = new Button(getTranslation("draft.removeLine"), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("line-remove");
        List.<AbstractField<?, ?>>of(function, economic, kind, project, amount).forEach(f -> f.addValueChangeListener(e -> onChange.run()));
        add(function, economic, kind, project, amount, note, unfinished, remove);
        setFlexGrow(1, note);
    }

    /** Shows or hides the 未完成 badge: the live totals say whether this line counts yet. */
    void setFinished(boolean finished) {
        unfinished.setVisible(!finished);
    }

    void fill(BudgetDraftDetails.Line line, List<ClassificationCode> functions, List<ClassificationCode> economics) {
        set(line.functionCode(), line.economicCode(), line.kind(), line.projectId(), line.amount().toString(), line.note(),
            functions, economics);
    }

    /** Puts back a line as it was typed (an autosaved one): an amount that is not a number yet stays as text. */
    void restore(BudgetDraftInput.LineInput line, List<ClassificationCode> functions, List<ClassificationCode> economics) {
        set(line.functionCode(), line.economicCode(), BrowserDraft.constant(ExpenditureKind.class, line.kind()), line.projectId(), line.amount(), line.note(), functions, economics);
    }

    private void set(String functionCode, String economicCode, ExpenditureKind k, Long projectId, String amountText, String text,
            List<ClassificationCode> functions, List<ClassificationCode> economics) {
        functions.stream().filter(c -> c.getCode().equals(functionCode)).findFirst().ifPresent(function::setValue);
        economics.stream().filter(c -> c.getCode().equals(economicCode)).findFirst().ifPresent(economic::setValue);
        kind.setValue(k);
        if (projectId != null) {
            project.getListDataView().getItems().filter(p -> p.id() == projectId).findFirst().ifPresent(project::setValue);
        }
        amount.setValue(amountText == null ? "" : amountText);
        note.setValue(text == null ? "" : text);
    }

    BudgetDraftInput.LineInput input() {
        return new BudgetDraftInput.LineInput(
            function.getValue() == null ? null : function.getValue().getCode(),
            economic.getValue() == null ? null : economic.getValue().getCode(),
            kind.getValue() == null ? null : kind.getValue().name(),
            amount.getValue(), note.getValue(),
            kind.getValue() == ExpenditureKind.PROJECT && project.getValue() != null ? project.getValue().id() : null);
    }

    /** The library projects this line may fund (the section's approved projects of the draft's year). */
    void setProjects(List<ApprovedProject> projects) {
        Long selected = project.getValue() == null ? null : project.getValue().id();
        project.setItems(projects);
        project.setPlaceholder(projects.isEmpty() ? getTranslation("draft.project.none") : null);
        projects.stream().filter(p -> selected != null && p.id() == selected).findFirst().ifPresent(project::setValue);
    }

    /** Marks the field named by a validation path suffix such as "amount". */
    @Override
    public void markInvalid(String field, String message) {
        HasValue<?, ?> target = switch (field) {
            case "functionCode" -> function;
            case "economicCode" -> economic;
            case "kind" -> kind;
            case "projectId" -> project;
            case "note" -> note;
            default -> amount;
        };
        if (target instanceof com.vaadin.flow.component.HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
        }
    }

    @Override
    public void clearInvalid() {
        function.setInvalid(false);
        economic.setInvalid(false);
        kind.setInvalid(false);
        project.setInvalid(false);
        amount.setInvalid(false);
        note.setInvalid(false);
    }
}
