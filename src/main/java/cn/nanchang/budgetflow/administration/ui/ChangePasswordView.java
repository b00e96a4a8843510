package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.OwnPassword;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * 修改初始密码: where a person signed in with an imported account's one-time password is sent until
 * they choose their own. The new password ends the session, so they sign in again with it.
 */
@Route(value = "password", autoLayout = false)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(OwnPassword own) {
        current.setLabel(getTranslation("password.own.current"));
        current.setId("own-current");
        password.setLabel(getTranslation("password.own.new"));
        password.setId("own-password");
        repeat.setLabel(getTranslation("password.own.repeat"));
        repeat.setId("own-repeat");
        Button save = new Button(getTranslation("password.own.save"), e -> save(own));
        save.setId("own-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("password.own.title")), new Paragraph(getTranslation("password.own.hint")),
            current, password, repeat, save);
        setMaxWidth("30rem");
    }

    private void save(OwnPassword own) {
        Map<String, HasValidation> fields = Map.of("current", current, "password", password, "repeat", repeat);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            own.change(current.getValue(), password.getValue(), repeat.getValue());
            UiActions.notify(getTranslation("password.own.done"), NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        } catch (ValidationException refused) {
            for (FieldViolation v : refused.violations()) {
                HasValidation field = fields.get(v.field());
                if (field != null) {
                    field.setErrorMessage(v.message());
                    field.setInvalid(true);
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.password");
    }
}
