package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A procurement-intention notice (采购意向公开, 财库〔2020〕10号) for one item: its name, demand
 * overview, budget and expected start. It must be public at least 30 days before procurement
 * starts; since only the start month is planned, the latest publication date is counted from
 * the first day of that month.
 */
public record IntentionNotice(int itemNo, String name, String demandOverview, Money budget, YearMonth expectedStart,
        LocalDate publishBy) {

    /** Days the notice must be public before procurement starts. */
    public static final int NOTICE_DAYS = 30;

    static IntentionNotice of(ProcurementItem item) {
        return new IntentionNotice(item.getItemNo(), item.getName(), item.getDemandOverview(), item.getAmount(),
            item.getStartMonth(), latestPublicationDate(item.getStartMonth()));
    }

    /** The first day of the start month minus {@value #NOTICE_DAYS} days. */
    public static LocalDate latestPublicationDate(YearMonth start) {
        return start.atDay(1).minusDays(NOTICE_DAYS);
    }

    /** Whether the latest publication date has passed on the given day, so the start month can no longer be kept. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(publishBy);
    }
}
