package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ui.DatePickers;
import cn.nanchang.budgetflow.base.FieldViolation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The 文号 and date of a document of the bureau (控制数, 批复), as both of its forms ask for them
 * and as the service names them when it refuses one: {@code ref} and {@code date}.
 */
class BureauDocumentFields extends HorizontalLayout {

    /** What the field takes; the service decides how long a 文号 may be and says so on the field. */
    private static final int MAX_REF = 100;

    private final TextField ref = new TextField();
    private final DatePicker date;

    /** @param prefix the ids' prefix ({@code <prefix>-ref}, {@code <prefix>-date}) and the labels' ({@code years.<prefix>.ref}, {@code .date}) */
    BureauDocumentFields(String prefix) {
        ref.setId(prefix + "-ref");
        ref.setLabel(getTranslation("years." + prefix + ".ref"));
        ref.setPlaceholder(getTranslation("years.refPlaceholder"));
        ref.setMaxLength(MAX_REF);
        ref.setWidth("20em");
        date = DatePickers.of(prefix + "-date", getTranslation("years." + prefix + ".date"));
        add(ref, date);
    }

    String ref() {
        return ref.getValue();
    }

    /** The date as the input takes it (ISO), null when none is picked. */
    String isoDate() {
        return date.getValue() == null ? null : date.getValue().toString();
    }

    /** Shows a refusal of the 文号 or the date; false for any other field. */
    boolean show(FieldViolation v) {
        if ("ref".equals(v.field())) {
            ref.setErrorMessage(v.message());
            ref.setInvalid(true);
            return true;
        }
        if ("date".equals(v.field())) {
            date.setErrorMessage(v.message());
            date.setInvalid(true);
            return true;
        }
        return false;
    }

    void clear() {
        ref.setInvalid(false);
        date.setInvalid(false);
    }
}
