package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentHandover;
import cn.nanchang.budgetflow.approval.DocumentOperations;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The delegate's form (委派): an opinion, and the task goes back to its owner, who decides. */
class DelegatedTaskPanel extends VerticalLayout {

    private final TextArea opinion = new TextArea();

    DelegatedTaskPanel(InboxItem task, DocumentHandover handover) {
        setId("delegated-panel");
        setPadding(true);
        add(new H3(getTranslation("handover.delegated.title") + " · " + getTranslation(task.step().labelKey())));
        add(new Span(getTranslation("handover.delegated.hint")));
        opinion.setId("delegate-opinion");
        opinion.setLabel(getTranslation("handover.opinion"));
        opinion.setMaxLength(DocumentOperations.MAX_REASON_LENGTH);
        opinion.setWidthFull();
        Button resolve = new Button(getTranslation("handover.resolve"), e -> resolve(task, handover));
        resolve.setId("delegate-resolve");
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(opinion, resolve);
    }

    private void resolve(InboxItem task, DocumentHandover handover) {
        opinion.setInvalid(false);
        try {
            UiActions.run(() -> handover.resolve(task.taskId(), opinion.getValue()), "handover.resolve.done",
                () -> UI.getCurrent().navigate("inbox"));
        } catch (ValidationException e) {
            opinion.setErrorMessage(e.violations().get(0).message());
            opinion.setInvalid(true);
        }
    }
}
