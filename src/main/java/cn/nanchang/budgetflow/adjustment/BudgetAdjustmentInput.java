package cn.nanchang.budgetflow.adjustment;

import java.util.List;

/**
 * An adjustment as the editor or the API sends it; raw text where a person types, so each bad
 * value is reported on its own field. adjustmentKind TRANSFER, ADDITION or REDUCTION.
 */
public record BudgetAdjustmentInput(Integer fiscalYear, String adjustmentKind, String reason, String basis,
        String performanceChange, String fundingSource, List<RowInput> rows) {

    /**
     * One row: direction DECREASE or INCREASE; indicatorId an existing 指标 of the section and year,
     * or, for a 调增 of a new line, kind (BASIC_PERSONNEL, BASIC_PUBLIC, PROJECT), functionCode,
     * economicCode and, for a project, projectId; amount in yuan as text, e.g. "20000.00".
     */
    public record RowInput(String direction, Long indicatorId, String kind, String functionCode, String economicCode,
            Long projectId, String amount) {
    }
}
