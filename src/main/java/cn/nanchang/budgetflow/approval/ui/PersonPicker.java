package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.Eligible;
import cn.nanchang.budgetflow.organization.AppUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Choosing a person by the org tree (科室 → 人): the eligible people sorted by section, each
 * section opened by its name, each person as 姓名 · 角色 · 科室, and typing filters on all three.
 * With no one eligible the field is disabled and says why, in the service's words.
 */
final class PersonPicker {

    private PersonPicker() {
    }

    static ComboBox<AppUser> single(String id, String label, Eligible eligible) {
        ComboBox<AppUser> box = new ComboBox<>(label);
        configure(box, id, eligible);
        return box;
    }

    static MultiSelectComboBox<AppUser> multi(String id, String label, Eligible eligible) {
        MultiSelectComboBox<AppUser> box = new MultiSelectComboBox<>(label);
        configure(box, id, eligible);
        return box;
    }

    private static void configure(ComboBoxBase<?, AppUser, ?> box, String id, Eligible eligible) {
        box.setId(id);
        box.addClassName("person-picker");
        List<AppUser> people = eligible.people().stream()
            .sorted(Comparator.comparing(PersonPicker::section).thenComparing(u -> u.getRole().ordinal())
                .thenComparing(AppUser::getDisplayName))
            .toList();
        Set<String> firstOfSection = new HashSet<>();
        String previous = null;
        for (AppUser u : people) {
            if (!Objects.equals(section(u), previous)) {
                firstOfSection.add(u.getUsername());
                previous = section(u);
            }
        }
        box.setItems(people);
        box.setItemLabelGenerator(PersonPicker::label);
        box.setRenderer(new ComponentRenderer<>(u -> option(u, firstOfSection.contains(u.getUsername()))));
        box.setWidth("28em");
        box.setMaxWidth("100%");
        if (people.isEmpty()) {
            box.setEnabled(false);
            box.setHelperText(eligible.whyNone());
        } else {
            box.setHelperText(UI.getCurrent().getTranslation("picker.hint", people.size()));
        }
    }

    private static Div option(AppUser user, boolean opensSection) {
        Div option = new Div();
        option.addClassName("person-option");
        if (opensSection) {
            Div header = new Div(section(user));
            header.addClassName("person-section");
            option.add(header);
        }
        Span name = new Span(user.getDisplayName());
        name.addClassName("person-name");
        Span meta = new Span(UI.getCurrent().getTranslation(user.getRole().labelKey()) + " · " + section(user));
        meta.addClassName("person-meta");
        option.add(name, meta);
        return option;
    }

    static String label(AppUser user) {
        return user.getDisplayName() + " · " + UI.getCurrent().getTranslation(user.getRole().labelKey()) + " · " + section(user);
    }

    private static String section(AppUser user) {
        return user.getSection() == null ? UI.getCurrent().getTranslation("picker.noSection") : user.getSection().getName();
    }
}
