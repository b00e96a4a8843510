package cn.nanchang.budgetflow.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in yuan with two decimals. Sums are taken in yuan and rounded to 万元
 * only for display, so that published totals carry at most the standard rounding
 * difference (尾差) and never an accumulated one.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + yuan);
        }
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money yuan(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money yuan(long amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    public boolean isPositive() {
        return yuan.signum() > 0;
    }

    /** The amount in 万元, rounded half-up to two decimals, as published. */
    public BigDecimal wanYuan() {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    /** "12.35" — 万元 with two decimals, without the unit. */
    public String formatWanYuan() {
        return String.format("%,.2f", wanYuan());
    }

    /** "123,456.78" — yuan with two decimals, without the unit. */
    public String formatYuan() {
        return String.format("%,.2f", yuan);
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
