package cn.nanchang.budgetflow.base.ui;

import cn.nanchang.budgetflow.base.AmountText;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Money;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one field for an amount in yuan, on every form. It never changes what was typed and refuses
 * no keystroke: a pasted {@code -3500.50} stays as it is, and the field says what is wrong with it in
 * the words the service would use (金额必须大于0, 最多两位小数, 格式不正确). Full-width digits and separators
 * from a Chinese input method are read as {@link AmountText} reads them everywhere. A valid amount
 * shows its 万元 beneath. What is sent is the text as typed: the service checks it again, with its limit.
 */
public class AmountField extends TextField {

    /** What the field itself knows: the services have their own, lower, maximum. */
    private static final Money NO_LIMIT = Money.yuan("9999999999999999.99");

    private enum Rule { POSITIVE, ZERO_ALLOWED, PERCENT }

    private final Rule rule;

    private AmountField(String label, Rule rule) {
        super(label);
        this.rule = rule;
        addClassName("amount-field");
        setManualValidation(true);
        getElement().setAttribute("inputmode", "decimal");
        setValueChangeMode(ValueChangeMode.LAZY);
        setWidth("11em");
        addValueChangeListener(e -> check());
    }

    /** An amount greater than 0, as on every document line. */
    public AmountField(String label) {
        this(label, Rule.POSITIVE);
    }

    /** An amount that may be 0 (a ceiling of nothing, a line cut to nothing), never negative. */
    public static AmountField zeroAllowed(String label) {
        return new AmountField(label, Rule.ZERO_ALLOWED);
    }

    /** A rate in per cent: the number is read the same way; no 万元 beneath. */
    public static AmountField percent(String label) {
        return new AmountField(label, Rule.PERCENT);
    }

    /** Gives the field an id (for tests and labels), as the field is built. */
    public AmountField withId(String id) {
        setId(id);
        return this;
    }

    /** The amount typed, if it is one the field accepts. */
    public Optional<Money> money() {
        return Optional.ofNullable(read(new ArrayList<>()));
    }

    public void setMoney(Money amount) {
        setValue(amount == null ? "" : amount.yuan().toPlainString());
    }

    private Money read(List<FieldViolation> problems) {
        String text = getValue();
        if (text == null || text.isBlank()) {
            return null;
        }
        if (rule == Rule.PERCENT) {
            BigDecimal value = AmountText.parse(text);
            if (value == null || value.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldViolation("amount", getTranslation("input.amount.format")));
                return null;
            }
            return new Money(value.setScale(2));
        }
        return rule == Rule.ZERO_ALLOWED
            ? InputChecks.amountOrZero(text, "amount", NO_LIMIT, problems)
            : InputChecks.amount(text, "amount", NO_LIMIT, problems);
    }

    /** Says what is wrong with the text as it stands, or what it is in 万元; an empty field waits for the save. */
    private void check() {
        List<FieldViolation> problems = new ArrayList<>();
        Money money = read(problems);
        if (!problems.isEmpty()) {
            setErrorMessage(problems.get(0).message());
        }
        setInvalid(!problems.isEmpty());
        setHelperText(money == null || rule == Rule.PERCENT ? null : getTranslation("amount.field.wan", money.formatWanYuan()));
    }
}
