package cn.nanchang.budgetflow.execution.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.ledger.EntryKind;
import cn.nanchang.budgetflow.ledger.EntryView;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.PaymentInput;
import cn.nanchang.budgetflow.ledger.Payments;
import cn.nanchang.budgetflow.security.ActingAs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: a year of example payments (示例数据, marked example) on the 2023 指标, so that
 * 执行进度 shows a realistic year: every line paid month by month to most of its quota, a few
 * 三公 and travel lines a little slower but above the alert rates, and 党政信息网运行维护项目 clearly
 * behind (paid in April, August and December only, about a third of its quota). A line whose money
 * a procurement plan holds frozen is paid by settling the plan's item (the freeze is released as
 * it is paid), as 财务 would. Runs after the ledger exists (its backfill is @Order 25, the
 * procurement freezes 26, the demo 调剂 27 and after); does nothing when 2023 has payments already.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoPayments2023 implements ApplicationRunner {

    static final int YEAR = 2023;
    /** The project that is behind: the smaller of the two, 基础设施与安全科's. */
    static final String BEHIND_PROJECT = "党政信息网运行维护项目";
    private static final Logger log = LoggerFactory.getLogger(DemoPayments2023.class);
    private static final String FINANCE = "finance";
    private static final String ITEM = "procurement-item:";

    private final Indicators indicators;
    private final Payments payments;
    private final ActingAs acting;
    private final TransactionTemplate transaction;

    DemoPayments2023(Indicators indicators, Payments payments, ActingAs acting, PlatformTransactionManager transactions) {
        this.indicators = indicators;
        this.payments = payments;
        this.acting = acting;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        acting.run(FINANCE, () -> transaction.execute(status -> {
            List<IndicatorSummary> year = indicators.list(YEAR, null);
            if (year.isEmpty() || year.stream().anyMatch(i -> i.used().isPositive())) {
                return null;
            }
            int count = 0;
            for (IndicatorSummary indicator : year) {
                count += pay(indicator);
            }
            log.info("demo: {} example payments on the {} 指标 of {}", count, year.size(), YEAR);
            return null;
        }));
    }

    private int pay(IndicatorSummary indicator) {
        Map<Integer, Money> plan = DemoPace.plan(indicator.quota(), DemoPace.of(indicator));
        Map<Long, Money> frozen = frozenByItem(indicator.id());
        int count = 0;
        for (Map.Entry<Integer, Money> month : plan.entrySet()) {
            Money left = month.getValue();
            LocalDate paidOn = LocalDate.of(YEAR, month.getKey(), 25);
            // settle the procurement items first: their money is what the line was frozen for
            for (Map.Entry<Long, Money> item : frozen.entrySet()) {
                Money part = min(left, item.getValue());
                if (part.isPositive()) {
                    record(indicator, part, paidOn, item.getKey());
                    item.setValue(item.getValue().minus(part));
                    left = left.minus(part);
                    count++;
                }
            }
            if (left.isPositive()) {
                record(indicator, left, paidOn, null);
                count++;
            }
        }
        return count;
    }

    private void record(IndicatorSummary indicator, Money amount, LocalDate paidOn, Long itemId) {
        String payee = indicator.projectName() != null ? "南昌某信息技术有限公司" : DemoPace.payee(indicator.economicCode());
        String summary = (indicator.projectName() != null ? indicator.projectName() : indicator.economicName())
            + " " + paidOn.getMonthValue() + "月支付（示例数据）";
        payments.recordExample(indicator.id(), new PaymentInput.Valid(amount, paidOn, payee, summary,
            DemoPace.officialCard(indicator.economicCode()), itemId), FINANCE);
    }

    /** What each procurement item still holds frozen on the 指标, from its entries. */
    private Map<Long, Money> frozenByItem(long indicatorId) {
        Map<Long, Money> frozen = new LinkedHashMap<>();
        for (EntryView e : indicators.entries(indicatorId)) {
            if (e.itemRef() != null && e.itemRef().startsWith(ITEM)) {
                long item = Long.parseLong(e.itemRef().substring(ITEM.length()));
                if (e.kind() == EntryKind.FREEZE) {
                    frozen.merge(item, e.amount(), Money::plus);
                } else if (e.kind() == EntryKind.RELEASE) {
                    frozen.merge(item, Money.ZERO.minus(e.amount()), Money::plus);
                }
            }
        }
        return frozen;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** How a demo line is paid through the year: the share of its quota and the months. */
    record DemoPace(BigDecimal share, List<Integer> months) {

        private static final List<Integer> EVERY_MONTH = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        static DemoPace of(IndicatorSummary i) {
            if (BEHIND_PROJECT.equals(i.projectName())) {
                return new DemoPace(new BigDecimal("0.33"), List.of(4, 8, 12));
            }
            return switch (i.economicCode()) {
                // travel, abroad and reception go slower (厉行节约) and stay above the rates
                case "30211", "30212", "30217" -> new DemoPace(new BigDecimal("0.86"), EVERY_MONTH);
                default -> new DemoPace(i.kind() == cn.nanchang.budgetflow.budget.ExpenditureKind.BASIC_PERSONNEL
                    ? new BigDecimal("0.99") : new BigDecimal("0.95"), EVERY_MONTH);
            };
        }

        /** The share of the quota split evenly over the months, the last month taking the rounding. */
        static Map<Integer, Money> plan(Money quota, DemoPace pace) {
            BigDecimal total = quota.yuan().multiply(pace.share()).setScale(2, RoundingMode.DOWN);
            BigDecimal each = total.divide(BigDecimal.valueOf(pace.months().size()), 2, RoundingMode.DOWN);
            Map<Integer, Money> plan = new LinkedHashMap<>();
            for (int n = 0; n < pace.months().size(); n++) {
                boolean last = n == pace.months().size() - 1;
                BigDecimal amount = last ? total.subtract(each.multiply(BigDecimal.valueOf(n))) : each;
                if (amount.signum() > 0) {
                    plan.put(pace.months().get(n), new Money(amount));
                }
            }
            return plan;
        }

        static String payee(String economicCode) {
            return economicCode.startsWith("301") || economicCode.startsWith("303") ? "本单位职工（工资统发）" : "南昌市相关服务单位";
        }

        /** 公务卡 for the day-to-day public spending (办公, 差旅, 接待), as the 公务卡 rules expect. */
        static boolean officialCard(String economicCode) {
            return List.of("30201", "30211", "30217").contains(economicCode);
        }
    }
}
