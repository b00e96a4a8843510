package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.FieldViolation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of an editor's table in the order the input lists them, so that a violation of
 * {@code lines[2].amount} lands on the third row's amount field.
 */
public class EditorRows<T extends Component & EditorRow> extends VerticalLayout {

    private final Pattern rowField;
    private final List<T> rows = new ArrayList<>();

    /** @param listField the input's name of the list, e.g. {@code lines} */
    public EditorRows(String id, String listField) {
        this.rowField = Pattern.compile(Pattern.quote(listField) + "\\[(\\d+)]\\.(\\w+)");
        setId(id);
        setPadding(false);
    }

    public T append(T row) {
        rows.add(row);
        add(row);
        return row;
    }

    public void delete(T row) {
        rows.remove(row);
        remove(row);
    }

    public List<T> rows() {
        return List.copyOf(rows);
    }

    public <X> List<X> map(Function<T, X> each) {
        return rows.stream().map(each).toList();
    }

    /** Shows the violation on its row's field; false if it names no row of this table. */
    public boolean show(FieldViolation violation) {
        Matcher m = rowField.matcher(violation.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
            rows.get(Integer.parseInt(m.group(1))).markInvalid(m.group(2), violation.message());
            return true;
        }
        return false;
    }

    public void clearInvalid() {
        rows.forEach(EditorRow::clearInvalid);
    }
}
