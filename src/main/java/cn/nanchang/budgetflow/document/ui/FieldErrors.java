package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.FieldViolation;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an editor shows the values its service refused: on the row of a table the violation
 * names, on a field of that name, or else in one message area below the form.
 */
public class FieldErrors {

    private final List<EditorRows<?>> tables = new ArrayList<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final HasText elsewhere;

    public FieldErrors(HasText elsewhere) {
        this.elsewhere = elsewhere;
    }

    public FieldErrors rows(EditorRows<?> rows) {
        tables.add(rows);
        return this;
    }

    /** @param name the field as the validation names it, e.g. {@code fiscalYear} */
    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void show(FieldViolation violation) {
        if (tables.stream().anyMatch(rows -> rows.show(violation))) {
            return;
        }
        HasValidation field = fields.get(violation.field());
        if (field != null) {
            field.setErrorMessage(violation.message());
            field.setInvalid(true);
        } else {
            elsewhere.setText(violation.message());
        }
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        elsewhere.setText("");
        tables.forEach(EditorRows::clearInvalid);
    }
}
