package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Saving an administrator's form: closes it on success, marks each field the service refused, tells of a refusal of the whole. */
final class FormSubmit {

    private FormSubmit() {
    }

    static void save(Dialog dialog, Map<String, ? extends HasValidation> fields, Runnable save) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            save.run();
            dialog.close();
        } catch (ConflictException | NotFoundException e) {
            UiActions.notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (ValidationException e) {
            for (FieldViolation v : e.violations()) {
                HasValidation field = fields.get(v.field());
                if (field != null) {
                    field.setErrorMessage(v.message());
                    field.setInvalid(true);
                }
            }
        }
    }
}
