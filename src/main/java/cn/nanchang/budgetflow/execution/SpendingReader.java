package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.ledger.EntryKind;
import cn.nanchang.budgetflow.ledger.EntryView;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a year's 指标 and their spending through the ledger's own reading service, as the caller
 * may see them (the ledger decides: a section's people their own section). What was spent in a
 * month is the 支付 (USE) entries of that month, Beijing time.
 */
@Component
class SpendingReader {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Indicators indicators;

    SpendingReader(Indicators indicators) {
        this.indicators = indicators;
    }

    List<Spending> of(int fiscalYear, String sectionCode) {
        return indicators.list(fiscalYear, sectionCode).stream().map(i -> spending(i, fiscalYear)).toList();
    }

    boolean hasIndicators(int fiscalYear) {
        return !indicators.list(fiscalYear, null).isEmpty();
    }

    private Spending spending(IndicatorSummary i, int fiscalYear) {
        return new Spending(i.id(), i.sectionCode(), i.sectionName(), i.kind(), i.economicCode(), i.economicName(),
            i.projectId(), i.projectCode(), i.projectName(), i.quota(), i.used(), paidByMonth(i.id(), fiscalYear));
    }

    /** Month number → paid in it; a payment dated outside the year (none should be) counts in neither. */
    private Map<Integer, Money> paidByMonth(long indicatorId, int fiscalYear) {
        Map<Integer, Money> byMonth = new HashMap<>();
        for (EntryView e : indicators.entries(indicatorId)) {
            if (e.kind() == EntryKind.USE) {
                LocalDate day = e.recordedAt().atZone(CHINA).toLocalDate();
                if (day.getYear() == fiscalYear) {
                    byMonth.merge(day.getMonthValue(), e.amount(), Money::plus);
                }
            }
        }
        return byMonth;
    }
}
