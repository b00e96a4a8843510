package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.DocumentDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * An application as pages and the API show it, read in one transaction. Indicators come in
 * the order of the category tree, then as entered, so that a table can group them by level.
 */
public record ProjectApplicationDetails(long id, String number, String sectionCode, String sectionName, int fiscalYear,
        DocumentStatus status, long version, String drafter, String drafterName, String name, ProjectCategory category,
        String overview, String legalBasis, String implementingBody, YearMonth periodStart, YearMonth periodEnd,
        Money annualBudget, String projectCode, Instant approvedAt, List<CostLine> costLines,
        List<Indicator> indicators, Instant createdAt, Instant updatedAt, String purpose) implements DocumentDetails {

    public Money costTotal() {
        return costLines.stream().map(CostLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** A cost line with the names of its codes. */
    public record CostLine(int lineNo, String functionCode, String functionName, String economicCode,
            String economicName, Money amount, String note) {
    }

    /**
     * A level-3 indicator with its categories: {@code level1} is the level-1 category, {@code category}
     * the leaf it is filed under (the level-2 category, or the level-1 one where that has no children).
     */
    public record Indicator(int lineNo, String level1Code, String level1Name, String categoryCode, String categoryName,
            String name, IndicatorDirection direction, String targetValue, String unit, BigDecimal weight, String note) {
    }
}
