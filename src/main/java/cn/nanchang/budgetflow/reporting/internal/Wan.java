package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the explanatory text writes amounts, as the published text does: 万元 rounded half-up to
 * two decimals with trailing zeros dropped (1282.2, 0, 361), changes as 增加/减少, and the rate
 * of change to one decimal (增长14.9%).
 */
final class Wan {

    private final Messages m;

    Wan(Messages m) {
        this.m = m;
    }

    static String of(Money amount) {
        BigDecimal wan = amount.wanYuan().stripTrailingZeros();
        return wan.signum() == 0 ? "0" : wan.toPlainString();
    }

    /** "增加166.37" or "减少3.5": the change in 万元, rounded from the yuan difference. */
    String change(Money now, Money before) {
        Money diff = now.minus(before);
        String word = m.get(diff.yuan().signum() < 0 ? "disclosure.word.decrease" : "disclosure.word.increase");
        return word + of(new Money(diff.yuan().abs()));
    }

    /** "增长14.9%" or "下降2.1%"; "持平" when unchanged at one decimal, "为新增" where there was nothing before. */
    String rate(Money now, Money before) {
        if (before.yuan().signum() == 0) {
            return m.get(now.yuan().signum() == 0 ? "disclosure.word.flat" : "disclosure.word.new");
        }
        BigDecimal pct = now.minus(before).yuan().multiply(BigDecimal.valueOf(100))
            .divide(before.yuan(), 1, RoundingMode.HALF_UP);
        if (pct.signum() == 0) {
            return m.get("disclosure.word.flat");
        }
        return m.get(pct.signum() < 0 ? "disclosure.word.fall" : "disclosure.word.growth") + pct.abs().toPlainString() + "%";
    }
}
