package cn.nanchang.budgetflow.base.ui;

import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.ValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Asks for the reason an operation needs (撤回, 作废) and runs it; a refused reason is shown on the field. */
public class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final Map<String, HasValidation> otherFields = new HashMap<>();

    public ReasonDialog(String title, String reasonLabelKey, String idPrefix, Consumer<String> action, String successKey,
            Runnable after) {
        setHeaderTitle(title);
        setId(idPrefix + "-dialog");
        reason.setId(idPrefix + "-reason");
        reason.setLabel(getTranslation(reasonLabelKey));
        reason.setMaxLength(InputChecks.MAX_REASON_LENGTH);
        reason.setWidth("28em");
        add(reason);
        Button confirm = new Button(getTranslation("ops.confirm"), e -> confirm(action, successKey, after));
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("ops.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    /** Shows refusals naming {@code field} on this component (added to the dialog by the caller) rather than on the reason. */
    public void showsErrorsOf(String field, HasValidation component) {
        otherFields.put(field, component);
    }

    private void confirm(Consumer<String> action, String successKey, Runnable after) {
        reason.setInvalid(false);
        otherFields.values().forEach(f -> f.setInvalid(false));
        try {
            UiActions.run(() -> action.accept(reason.getValue()), successKey, () -> {
                close();
                after.run();
            });
        } catch (ValidationException e) {
            HasValidation field = otherFields.getOrDefault(e.violations().get(0).field(), reason);
            field.setErrorMessage(e.violations().get(0).message());
            field.setInvalid(true);
        }
    }
}
