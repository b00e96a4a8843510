package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** An application that has passed every rule; only this is ever stored. */
record ValidApplication(int fiscalYear, String name, ProjectCategory category, String overview, String legalBasis,
        String implementingBody, YearMonth periodStart, YearMonth periodEnd, Money annualBudget,
        List<CostLine> costLines, List<Indicator> indicators, String purpose) {

    record CostLine(String functionCode, String economicCode, Money amount, String note) {
    }

    record Indicator(String categoryCode, String name, IndicatorDirection direction, String targetValue, String unit,
            BigDecimal weight, String note) {
    }
}
