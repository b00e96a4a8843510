package cn.nanchang.budgetflow.project;

import java.util.Arrays;
import java.util.Optional;

/** How the actual value is compared with the target (指标值方向): a comparison, or 定性 for a described target. */
public enum IndicatorDirection {
    GT(">"), GE("≥"), EQ("="), LT("<"), LE("≤"), QUALITATIVE("定性");

    private final String symbol;

    IndicatorDirection(String symbol) {
        this.symbol = symbol;
    }

    /** The sign as printed in the table: >, ≥, =, <, ≤ or 定性. */
    public String symbol() {
        return symbol;
    }

    /** Quantitative targets are numbers with a unit; qualitative ones are text. */
    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /** Reads a direction by name (GE) or by sign (≥, also >= and <=). */
    public static Optional<IndicatorDirection> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String sign = t.equals(">=") ? "≥" : t.equals("<=") ? "≤" : t;
        return Arrays.stream(values()).filter(d -> d.name().equals(t) || d.symbol.equals(sign)).findFirst();
    }
}
