package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.SectionAccount;
import cn.nanchang.budgetflow.administration.SectionInput;
import cn.nanchang.budgetflow.administration.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form of a section: a new one (with its code) or an existing one (name, order, 科长; the
 * code shown but fixed). Only the section's own 科长 accounts can be chosen as its head, so a new
 * section gets its head once someone is its 科长. The service checks everything; this form marks
 * each field it refuses.
 */
class SectionDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final IntegerField sortOrder = new IntegerField();
    private final Select<String> head = new Select<>();

    /**
     * @param existing   the section to change, or null for a new one
     * @param candidates the accounts that may head it (its enabled 科长)
     * @param save       stores the input; throws ValidationException for refused fields
     */
    SectionDialog(SectionAccount existing, List<UserAccount> candidates, Consumer<SectionInput> save) {
        setHeaderTitle(getTranslation(existing == null ? "admin.section.new" : "admin.section.edit"));
        setId("section-dialog");
        code.setLabel(getTranslation("admin.section.code"));
        code.setId("section-code");
        code.setPlaceholder("S07");
        name.setLabel(getTranslation("admin.section.name"));
        name.setId("section-name");
        name.setMaxLength(30);
        sortOrder.setLabel(getTranslation("admin.section.order"));
        sortOrder.setId("section-order");
        head.setLabel(getTranslation("admin.section.head"));
        head.setId("section-head");
        head.setItems(candidates.stream().map(UserAccount::username).toList());
        Map<String, String> names = candidates.stream()
            .collect(java.util.stream.Collectors.toMap(UserAccount::username, UserAccount::displayName));
        head.setItemLabelGenerator(u -> names.getOrDefault(u, u) + "（" + u + "）");
        head.setEmptySelectionAllowed(true);
        head.setEmptySelectionCaption(getTranslation("admin.section.noHead"));
        head.setEnabled(existing != null);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            sortOrder.setValue(existing.sortOrder());
            if (existing.head() != null && names.containsKey(existing.head())) {
                head.setValue(existing.head());
            }
        }
        add(new FormLayout(code, name, sortOrder, head));
        Button ok = new Button(getTranslation("common.save"), e -> submit(save));
        ok.setId("section-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }

    private void submit(Consumer<SectionInput> save) {
        FormSubmit.save(this, Map.of("code", code, "name", name, "sortOrder", sortOrder, "head", head),
            () -> save.accept(new SectionInput(code.getValue(), name.getValue(), sortOrder.getValue(), head.getValue())));
    }
}
