package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.Money;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount typed in yuan with two decimals, as in the budget editor; its 万元 shows beneath it
 * while typing. The service parses and checks what is sent; {@link #money} reads the text only
 * for the live sums on the form, and counts what does not parse as nothing.
 */
class AmountField extends TextField {

    /** @param id the field's id, or null for a field of a row that has none of its own */
    AmountField(String id, String label) {
        super(label);
        if (id != null) {
            setId(id);
        }
        addClassName("amount-field");
        setAllowedCharPattern("[0-9.,]");
        setValueChangeMode(ValueChangeMode.LAZY);
        setWidth("11em");
        addValueChangeListener(e -> setHelperText(money().map(m -> m.formatWanYuan() + " " + getTranslation("years.wan")).orElse(null)));
    }

    /** The text as typed, without the thousands separators a reader may type. */
    String yuan() {
        return getValue() == null ? "" : getValue().replace(",", "").strip();
    }

    Optional<Money> money() {
        try {
            return yuan().isEmpty() ? Optional.empty() : Optional.of(new Money(new BigDecimal(yuan())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void setMoney(Money amount) {
        setValue(amount == null ? "" : amount.yuan().toPlainString());
    }
}
