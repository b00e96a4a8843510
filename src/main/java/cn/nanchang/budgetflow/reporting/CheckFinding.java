package cn.nanchang.budgetflow.reporting;

import cn.nanchang.budgetflow.base.Money;

/**
 * A cross-check that does not hold: which check, the difference in yuan (left minus right) and
 * where it comes from (the table cells compared, or the budget lines and items concerned).
 */
public record CheckFinding(String check, Money difference, String message) {
}
