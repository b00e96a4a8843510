package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.time.Instant;
import java.util.Map;

/**
 * The totals of one version of a year's figures: overall, by kind (every kind present, 0 when
 * none) and by section (absent for the bureau; for a section-bound reader only their own
 * section, and then total and byKind are that section's too). The unit's ceilings have no
 * sections: their bySection is empty.
 */
public record VersionTotals(VersionKind version, Money total, Map<ExpenditureKind, Money> byKind,
        Map<String, Money> bySection, String recordedBy, Instant recordedAt) {
}
