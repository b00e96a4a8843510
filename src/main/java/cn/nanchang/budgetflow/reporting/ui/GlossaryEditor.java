package cn.nanchang.budgetflow.reporting.ui;

import cn.nanchang.budgetflow.reporting.DisclosureTexts.GlossaryEntry;
import cn.nanchang.budgetflow.reporting.DisclosureTexts.GlossaryGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** 名词解释 as rows: group, the class code it explains (if any), term and explanation; rows added and removed. */
class GlossaryEditor extends Div {

    private final List<RowFields> rows = new ArrayList<>();
    private final Div list = new Div();

    GlossaryEditor() {
        setId("texts-glossary");
        Button add = new Button(getTranslation("disclosureText.page.addEntry"), e -> addRow(null));
        add.setId("texts-glossary-add");
        add(new H3(getTranslation("disclosureText.glossary")), list, add);
    }

    void setValue(List<GlossaryEntry> entries) {
        rows.clear();
        list.removeAll();
        entries.forEach(this::addRow);
    }

    List<GlossaryEntry> getValue() {
        return rows.stream().map(r -> new GlossaryEntry(r.group.getValue(), r.code.getValue(), r.term.getValue(),
            r.explanation.getValue())).toList();
    }

    /** Marks the field a violation names ("glossary[3].term"); false when it names no row of this editor. */
    boolean mark(String field, String message) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (!field.startsWith("glossary[") || close < 0) {
            return false;
        }
        int index = Integer.parseInt(field.substring(open + 1, close));
        if (index >= rows.size()) {
            return false;
        }
        RowFields r = rows.get(index);
        String part = field.substring(close + 1);
        TextField target = part.equals(".code") ? r.code : r.term;
        if (part.equals(".explanation")) {
            r.explanation.setInvalid(true);
            r.explanation.setErrorMessage(message);
        } else if (part.equals(".group")) {
            r.group.setInvalid(true);
            r.group.setErrorMessage(message);
        } else {
            target.setInvalid(true);
            target.setErrorMessage(message);
        }
        return true;
    }

    private void addRow(GlossaryEntry entry) {
        RowFields r = new RowFields();
        r.group.setItems(GlossaryGroup.values());
        r.group.setItemLabelGenerator(g -> getTranslation("disclosureText.group." + g.name()));
        r.group.setLabel(getTranslation("disclosureText.glossary.group"));
        r.code.setLabel(getTranslation("disclosureText.glossary.code"));
        r.term.setLabel(getTranslation("disclosureText.glossary.term"));
        r.term.setWidth("24em");
        r.explanation.setLabel(getTranslation("disclosureText.glossary.explanation"));
        r.explanation.setWidth("36em");
        if (entry != null) {
            r.group.setValue(entry.group());
            r.code.setValue(entry.code() == null ? "" : entry.code());
            r.term.setValue(entry.term() == null ? "" : entry.term());
            r.explanation.setValue(entry.explanation() == null ? "" : entry.explanation());
        } else {
            r.group.setValue(GlossaryGroup.EXPENDITURE);
        }
        Button remove = new Button(getTranslation("disclosureText.page.removeEntry"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout line = new HorizontalLayout(r.group, r.code, r.term, r.explanation, remove);
        line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        line.addClassName("texts-glossary-row");
        remove.addClickListener(e -> {
            rows.remove(r);
            list.remove(line);
        });
        rows.add(r);
        list.add(line);
    }

    private static final class RowFields {
        final Select<GlossaryGroup> group = new Select<>();
        final TextField code = new TextField();
        final TextField term = new TextField();
        final TextArea explanation = new TextArea();
    }
}
