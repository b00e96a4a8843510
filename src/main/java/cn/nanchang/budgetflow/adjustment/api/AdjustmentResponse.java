package cn.nanchang.budgetflow.adjustment.api;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentDetails;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * An adjustment as the API answers it; amounts in yuan as exact decimal strings, codes with their
 * Chinese names; routingReason and financeBureauApproval (须报财政审批) once the routing table decided.
 */
record AdjustmentResponse(long id, String type, String number, String section, String sectionName, int fiscalYear,
        String status, long version, String drafter, String drafterName, String adjustmentKind,
        String adjustmentKindName, String scope, String scopeName, String reason, String basis,
        @Nullable String performanceChange, @Nullable String fundingSource, String decreased, String increased,
        String totalAmount, @Nullable String routingReason, boolean financeBureauApproval, List<RowResponse> rows, Instant createdAt, Instant updatedAt) {

    static AdjustmentResponse of(BudgetAdjustmentDetails d, Messages m) {
        return new AdjustmentResponse(d.id(), DocumentType.BUDGET_ADJUSTMENT.name(), d.number(), d.sectionCode(),
            d.sectionName(), d.fiscalYear(), d.status().name(), d.version(), d.drafter(), d.drafterName(), d.kind().name(),
            m.get(d.kind().labelKey()), d.scope().name(), m.get(d.scope().labelKey()), d.reason(), d.basis(),
            d.performanceChange(), d.fundingSource(), d.decreased().toString(), d.increased().toString(),
            d.total().toString(), d.routingReason(), d.financeBureauApproval(), d.rows().stream().map(r -> RowResponse.of(r, m)).toList(), d.createdAt(), d.updatedAt());
    }

    /** One row; indicatorId null and newLine true for a new line; the project fields null for a basic expenditure. */
    @Schema(name = "AdjustmentRowResponse")
    record RowResponse(int rowNo, String direction, String directionName, @Nullable Long indicatorId, boolean newLine,
            String kind, String functionCode, String functionName, String economicCode, String economicName,
            @Nullable Long projectId, @Nullable String projectCode, @Nullable String projectName, String amount) {

        static RowResponse of(BudgetAdjustmentDetails.Row r, Messages m) {
            return new RowResponse(r.rowNo(), r.direction().name(), m.get(r.direction().labelKey()), r.indicatorId(),
                r.newLine(), r.kind().name(), r.functionCode(), r.functionName(), r.economicCode(), r.economicName(),
                r.projectId(), r.projectCode(), r.projectName(), r.amount().toString());
        }
    }
}
