package cn.nanchang.budgetflow.project;

import java.util.List;

/**
 * An application as the editor or the API sends it. Values are raw text (amounts, months,
 * codes) so that every bad value is reported against its own field instead of failing the
 * whole request. Amounts are yuan, e.g. "3610000.00"; months are "2023-01".
 *
 * @param annualBudget 年度预算, the document total; the cost lines must add up to it exactly
 * @param indicators the level-3 rows of the performance-target table, each filed under a leaf category
 * @param purpose 项目目的: one sentence on what the project is for, printed before 1）项目概述 in the disclosure
 */
public record ProjectApplicationInput(Integer fiscalYear, String name, String category, String overview,
        String legalBasis, String implementingBody, String periodStart, String periodEnd, String annualBudget,
        List<CostLineInput> costLines, List<IndicatorInput> indicators, String purpose) {

    /** A cost line: function code at 项 (7 digits), economic code at 款 (5 digits), amount in yuan. */
    public record CostLineInput(String functionCode, String economicCode, String amount, String note) {
    }

    /**
     * A level-3 indicator. {@code category} is the code of a leaf category such as QUANTITY;
     * {@code direction} is GT, GE, EQ, LT, LE or QUALITATIVE (or the sign: &gt;, ≥, =, &lt;, ≤, 定性);
     * {@code weight} is optional.
     */
    public record IndicatorInput(String category, String name, String direction, String targetValue, String unit,
            String weight, String note) {
    }
}
