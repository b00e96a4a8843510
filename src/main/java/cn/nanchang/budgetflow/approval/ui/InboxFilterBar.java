package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.InboxSearch;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.InboxSort;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Above 待办: one search box (number, drafter, section), the step, 仅看超期 and the order. The type is the tabs'. */
class InboxFilterBar extends FlexLayout {

    private final TextField text = new TextField();
    private final Select<ApprovalStep> step = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Select<InboxSort> sort = new Select<>();

    InboxFilterBar(Consumer<InboxFilterBar> changed) {
        setId("inbox-filters");
        addClassName("inbox-filters");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        text.setId("inbox-search");
        text.setPlaceholder(getTranslation("inbox.search"));
        text.setAriaLabel(getTranslation("inbox.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(InboxSearch.MAX_TEXT_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        step.setId("inbox-step");
        step.setAriaLabel(getTranslation("inbox.step"));
        step.setItems(ApprovalStep.values());
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(getTranslation("inbox.allSteps"));
        step.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.allSteps") : getTranslation(s.labelKey()));
        overdue.setId("inbox-overdue");
        overdue.setLabel(getTranslation("inbox.overdueOnly"));
        sort.setId("inbox-sort");
        sort.setAriaLabel(getTranslation("inbox.sort"));
        sort.setItems(InboxSort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sort.setValue(InboxSort.ARRIVED_ASC);
        sort.setMinWidth("14em");
        text.addValueChangeListener(e -> changed.accept(this));
        step.addValueChangeListener(e -> changed.accept(this));
        overdue.addValueChangeListener(e -> changed.accept(this));
        sort.addValueChangeListener(e -> changed.accept(this));
        add(text, step, sort, overdue);
    }

    InboxSearch search(DocumentType type) {
        return new InboxSearch(text.getValue(), type, step.getValue(), overdue.getValue(), sort.getValue());
    }

    /** Shows a refused search text (too long, control characters) on the box itself. */
    void textInvalid(String message) {
        text.setErrorMessage(message);
        text.setInvalid(message != null);
    }
}
