package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A plan's total and its split into goods, works and services, summed in yuan. */
public record CategoryTotals(Money total, Map<ProcurementCategory, Money> byCategory) {

    static CategoryTotals of(List<ValidItem> items) {
        Money total = Money.ZERO;
        Map<ProcurementCategory, Money> by = new EnumMap<>(ProcurementCategory.class);
        for (ProcurementCategory c : ProcurementCategory.values()) {
            by.put(c, Money.ZERO);
        }
        for (ValidItem item : items) {
            total = total.plus(item.amount());
            by.merge(item.category(), item.amount(), Money::plus);
        }
        return new CategoryTotals(total, by);
    }

    public Money category(ProcurementCategory category) {
        return byCategory.getOrDefault(category, Money.ZERO);
    }
}
