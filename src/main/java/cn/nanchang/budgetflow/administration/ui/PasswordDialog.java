package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.UserAccount;
import cn.nanchang.budgetflow.base.ValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;

/** Sets a new password for an account; the administrator tells the person by other means. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserAccount account, Consumer<String> reset) {
        setHeaderTitle(getTranslation("admin.user.reset") + " · " + account.displayName() + "（" + account.username() + "）");
        setId("password-dialog");
        PasswordField password = new PasswordField(getTranslation("admin.user.newPassword"));
        password.setId("user-new-password");
        password.setWidthFull();
        add(password);
        Button ok = new Button(getTranslation("admin.user.reset"), e -> {
            try {
                reset.accept(password.getValue());
                close();
            } catch (ValidationException refused) {
                password.setErrorMessage(refused.violations().get(0).message());
                password.setInvalid(true);
            }
        });
        ok.setId("user-reset-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }
}
