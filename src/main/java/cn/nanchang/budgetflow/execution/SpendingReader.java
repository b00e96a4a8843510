package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.PaymentView;
import cn.nanchang.budgetflow.ledger.Payments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a year's 指标 and their spending through the ledger's own reading service, as the caller
 * may see them (the ledger decides: a section's people their own section). What was spent in a
 * month is what the payments dated in it paid: the date 财务 paid, not the day it was entered.
 */
@Component
class SpendingReader {

    private final Indicators indicators;
    private final Payments payments;

    SpendingReader(Indicators indicators, Payments payments) {
        this.indicators = indicators;
        this.payments = payments;
    }

    List<Spending> of(int fiscalYear, String sectionCode) {
        return indicators.list(fiscalYear, sectionCode).stream()
            .map(i -> spending(i, fiscalYear, payments.ofIndicator(i.id()))).toList();
    }

    /** Every section's, read as nobody: for the daily alert, which runs with no one signed in. */
    List<Spending> unattended(int fiscalYear) {
        return indicators.everyOfYear(fiscalYear).stream()
            .map(i -> spending(i, fiscalYear, payments.ofIndicatorUnchecked(i.id()))).toList();
    }

    boolean hasIndicators(int fiscalYear) {
        return !indicators.list(fiscalYear, null).isEmpty();
    }

    private static Spending spending(IndicatorSummary i, int fiscalYear, List<PaymentView> paid) {
        return new Spending(i.id(), i.sectionCode(), i.sectionName(), i.kind(), i.economicCode(), i.economicName(),
            i.projectId(), i.projectCode(), i.projectName(), i.quota(), i.used(), paidByMonth(paid, fiscalYear));
    }

    /** Month number → paid in it; a payment dated outside the year (none should be) counts in neither. */
    private static Map<Integer, Money> paidByMonth(List<PaymentView> paid, int fiscalYear) {
        Map<Integer, Money> byMonth = new HashMap<>();
        for (PaymentView p : paid) {
            if (p.paidOn().getYear() == fiscalYear) {
                byMonth.merge(p.paidOn().getMonthValue(), p.amount(), Money::plus);
            }
        }
        return byMonth;
    }
}
