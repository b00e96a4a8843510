package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parses the raw fields of one item, adding a Chinese message per bad field under the item's path.
 * Callers name messages and field labels by their key in messages.properties.
 */
final class ItemFields {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    private final String path;
    private final List<FieldViolation> problems;
    private final Messages messages;

    ItemFields(String path, List<FieldViolation> problems, Messages messages) {
        this.path = path;
        this.problems = problems;
        this.messages = messages;
    }

    void problem(String field, String key, Object... args) {
        problems.add(new FieldViolation(path + "." + field, messages.get(key, args)));
    }

    <T> T required(T value, String field, String key) {
        if (value == null) {
            problem(field, key);
        }
        return value;
    }

    <E extends Enum<E>> E choice(Class<E> type, String value, String field, String labelKey, String invalidKey) {
        if (value == null || value.isBlank()) {
            problem(field, "doctype.procurement.choiceMissing", messages.get(labelKey));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problem(field, invalidKey);
            return null;
        }
    }

    /** Stripped text, or null when blank; a blank required field and an overlong one are problems. */
    String text(String value, String field, String labelKey, int maxLength, boolean required) {
        String label = messages.get(labelKey);
        return required
            ? InputChecks.requiredText(value, path + "." + field, label, maxLength, problems)
            : InputChecks.optionalText(value, path + "." + field, label, maxLength, problems);
    }

    BigDecimal quantity(String text) {
        BigDecimal value = number(text, "quantity", "doctype.procurement.field.quantity", "doctype.procurement.quantityExample");
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            problem("quantity", "doctype.procurement.quantityPositive");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problem("quantity", "doctype.procurement.quantityScale");
        } else if (value.compareTo(MAX_QUANTITY) > 0) {
            problem("quantity", "doctype.procurement.quantityTooLarge");
        } else {
            return value.setScale(2);
        }
        return null;
    }

    Money amount(String text, Money max) {
        BigDecimal value = number(text, "amount", "doctype.procurement.field.amount", "doctype.procurement.amountExample");
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            problem("amount", "doctype.procurement.amountPositive");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problem("amount", "doctype.procurement.amountScale");
        } else if (value.compareTo(max.yuan()) > 0) {
            problem("amount", "doctype.procurement.amountMax", max.formatYuan());
        } else {
            return new Money(value.setScale(2));
        }
        return null;
    }

    /** The month procurement is expected to start, which must lie in the plan's fiscal year (when that is known). */
    YearMonth startMonth(String text, Integer fiscalYear) {
        if (text == null || text.isBlank()) {
            problem("startMonth", "doctype.procurement.startMissing");
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip(), MONTH);
        } catch (DateTimeParseException e) {
            problem("startMonth", "doctype.procurement.startFormat");
            return null;
        }
        if (fiscalYear != null && month.getYear() != fiscalYear) {
            problem("startMonth", "doctype.procurement.startOutsideYear", fiscalYear);
            return null;
        }
        return month;
    }

    private BigDecimal number(String text, String field, String labelKey, String exampleKey) {
        if (text == null || text.isBlank()) {
            problem(field, "doctype.procurement.textMissing", messages.get(labelKey));
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problem(field, "doctype.procurement.numberFormat", messages.get(labelKey), messages.get(exampleKey));
            return null;
        }
    }
}
