package cn.nanchang.budgetflow.base;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a number typed by a person is read, in one place for the forms, the API and the imports.
 * Chinese input methods give full-width digits and separators (１２，０００．５０, a full-width minus):
 * they are read as their ASCII twins. Nothing else is guessed: thousands separators must stand
 * every three digits, and an exponent, a second point or a letter makes the text not a number, so
 * that what is stored is never a different number from what was typed.
 */
public final class AmountText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]*)?|[+-]?\\.[0-9]+");

    private AmountText() {
    }

    /**
     * The text with full-width digits, comma, point, plus and minus (and the minus sign U+2212)
     * turned into ASCII, and the spaces around it (also the ideographic space) taken away.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(ascii(c)));
        return out.toString().strip();
    }

    private static int ascii(int c) {
        if (c >= '０' && c <= '９') {
            return '0' + (c - '０');
        }
        return switch (c) {
            case '，' -> ',';
            case '．', '。' -> '.';
            case '－', '−', '﹣' -> '-';
            case '＋' -> '+';
            case '\u3000' -> ' ';
            default -> c;
        };
    }

    /** The number the text means, or null if it is not one as described above. */
    public static BigDecimal parse(String text) {
        String plain = normalise(text);
        if (plain == null || !NUMBER.matcher(plain).matches()) {
            return null;
        }
        return new BigDecimal(plain.replace(",", ""));
    }
}
