package cn.nanchang.budgetflow.base;

import java.math.BigDecimal;
import java.util.List;

/**
 * Field checks shared by every document type's validator: the same rule gives the same Chinese
 * message everywhere. Each failure is added to the list with its field path. The sentences come
 * from messages.properties through {@link Messages#text}: these checks are static and run in
 * validators and plain unit tests alike, so they read the bundle without a Spring bean.
 */
public final class InputChecks {

    /** The longest reason an operation (退回, 作废, 转办, 委派, 代理…) keeps; the dialogs stop typing there. */
    public static final int MAX_REASON_LENGTH = 500;

    /** The fiscal years documents are filed for. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;
    /** The same bounds as annotation text: the API contract's minimum and maximum of a fiscal year (issue 21). */
    public static final String MIN_YEAR_TEXT = "" + MIN_YEAR;
    public static final String MAX_YEAR_TEXT = "" + MAX_YEAR;

    private InputChecks() {
    }

    /** A fiscal year from {@value #MIN_YEAR} to {@value #MAX_YEAR}; null, with the problem, when missing or outside. */
    public static Integer fiscalYear(Integer year, List<FieldViolation> problems) {
        if (year == null) {
            problems.add(new FieldViolation("fiscalYear", Messages.text("doctype.yearMissing")));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldViolation("fiscalYear", Messages.text("doctype.yearRange", MIN_YEAR, MAX_YEAR)));
        } else {
            return year;
        }
        return null;
    }

    /**
     * A year written as four decimal digits, ASCII or full-width (２０２４), read as its number; null if it is
     * not four digits. Full-width digits are read, not refused, everywhere: as amounts are ({@link #number}
     * goes through BigDecimal), and as the API's JSON, query and path parsers read years (Integer.parseInt
     * takes any Unicode decimal digit). Addresses of the UI read their year here.
     */
    public static Integer yearDigits(String text) {
        if (text == null || text.strip().length() != 4 || !text.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    /** One of an enum's constants by its name; null, with the message of a missing or an unknown choice. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String missingMessage,
            String invalidMessage, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation(field, missingMessage));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(field, invalidMessage));
            return null;
        }
    }

    public static String requiredText(String value, String field, String label, int max, List<FieldViolation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldViolation(field, Messages.text("input.required", label)));
            return null;
        }
        return optionalText(value, field, label, max, problems);
    }

    public static String optionalText(String value, String field, String label, int max, List<FieldViolation> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new FieldViolation(field, Messages.text("input.tooLong", label, max)));
            return null;
        }
        if (hasControlCharacters(stripped)) {
            problems.add(new FieldViolation(field, controlCharacterMessage(label)));
            return null;
        }
        return stripped;
    }

    /**
     * Whether the text holds characters nobody types into a form: control characters other than
     * tab and line breaks (a NUL cuts text short in some databases and tools, escape sequences
     * recolour terminals and logs) and the bidirectional overrides and isolates, which make text
     * read differently from how it is stored (an amount or a name shown reversed).
     */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL
            && c != '\t' && c != '\n' && c != '\r') || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
            || Character.getType(c) == Character.SURROGATE);
    }

    public static String controlCharacterMessage(String label) {
        return Messages.text("input.controlCharacters", label);
    }

    /** An amount in yuan: a number, greater than 0, at most two decimals, at most {@code max}. */
    public static Money amount(String text, String field, Money max, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation(field, Messages.text("input.amount.required")));
            return null;
        }
        BigDecimal value = number(text);
        if (value == null) {
            problems.add(new FieldViolation(field, Messages.text("input.amount.format")));
        } else if (value.signum() <= 0) {
            problems.add(new FieldViolation(field, Messages.text("input.amount.positive")));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldViolation(field, Messages.text("input.amount.scale")));
        } else if (value.compareTo(max.yuan()) > 0) {
            problems.add(new FieldViolation(field, Messages.text("input.amount.max", max.formatYuan())));
        } else {
            return new Money(value.setScale(2));
        }
        return null;
    }

    /**
     * An amount in yuan that may be 0 (a ceiling of nothing, a line cut to nothing): a number, not
     * negative, at most two decimals, at most {@code max}.
     */
    public static Money amountOrZero(String text, String field, Money max, List<FieldViolation> problems) {
        BigDecimal value = text == null ? null : number(text);
        if (value != null && value.signum() == 0) {
            return Money.ZERO;
        }
        if (value != null && value.signum() < 0) {
            problems.add(new FieldViolation(field, Messages.text("input.amount.notNegative")));
            return null;
        }
        return amount(text, field, max, problems);
    }

    /** A number as typed, thousands separators and full-width characters allowed ({@link AmountText}); null if it is not one. */
    public static BigDecimal number(String text) {
        return AmountText.parse(text);
    }

    public static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
