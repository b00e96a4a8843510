package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.UserAccount;
import cn.nanchang.budgetflow.administration.UserInput;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form of an account: a new one (username and initial password too) or an existing one
 * (name, role, section). The section can be chosen only for roles that work for a section, and
 * only among those in use (or the one the person is in). The
 * service checks everything; this form marks each field it refuses.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<OrgUnit> section = new Select<>();
    private final PasswordField password = new PasswordField();
    private final TextField email = new TextField();

    /**
     * @param existing the account to change, or null for a new one
     * @param save     stores the input; throws ValidationException for refused fields
     */
    UserDialog(UserAccount existing, List<OrgUnit> sections, Consumer<UserInput> save) {
        setHeaderTitle(getTranslation(existing == null ? "admin.user.new" : "admin.user.edit"));
        setId("user-dialog");
        username.setLabel(getTranslation("admin.user.username"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("admin.user.displayName"));
        displayName.setId("user-display-name");
        role.setLabel(getTranslation("admin.user.role"));
        role.setId("user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        section.setLabel(getTranslation("common.section"));
        section.setId("user-section");
        section.setItems(sections.stream()
            .filter(s -> s.isActive() || existing != null && s.getCode().equals(existing.sectionCode())).toList());
        section.setItemLabelGenerator(OrgUnit::getName);
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption(getTranslation("admin.user.noSection"));
        role.addValueChangeListener(e -> {
            boolean bound = e.getValue() != null && e.getValue().isSectionBound();
            section.setEnabled(bound);
            if (!bound) {
                section.clear();
            }
        });
        password.setLabel(getTranslation("admin.user.password"));
        password.setId("user-password");
        email.setLabel(getTranslation("admin.user.email"));
        email.setId("user-email");
        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, displayName, role, section, password, email);
        } else {
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            sections.stream().filter(s -> s.getCode().equals(existing.sectionCode())).findFirst().ifPresent(section::setValue);
            email.setValue(existing.email() == null ? "" : existing.email());
            form.add(displayName, role, section, email);
        }
        add(form);
        Button ok = new Button(getTranslation("common.save"), e -> submit(existing, save));
        ok.setId("user-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }

    private void submit(UserAccount existing, Consumer<UserInput> save) {
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "role", role,
            "section", section, "password", password, "email", email);
        UserInput input = new UserInput(existing == null ? username.getValue() : existing.username(), displayName.getValue(),
            role.getValue() == null ? null : role.getValue().name(),
            section.getValue() == null ? null : section.getValue().getCode(), password.getValue(), email.getValue());
        FormSubmit.save(this, fields, () -> save.accept(input));
    }
}
