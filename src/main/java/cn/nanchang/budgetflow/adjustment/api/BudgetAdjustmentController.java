package cn.nanchang.budgetflow.adjustment.api;

import cn.nanchang.budgetflow.base.InputChecks;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentDetails;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentInput;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentService;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentApi;
import cn.nanchang.budgetflow.document.api.DocumentTypeController;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budget adjustments (调剂、追加、追减) over HTTP: the endpoints every document type has ({@link
 * DocumentTypeController}). 400 naming each field, a broken hard rule on its row
 * ({@code rows[2].amount}); 403 for acting without the right; 404 also for another section's
 * adjustment; 409 for a stale version or one no longer editable. Approval goes through /api/v1/tasks.
 */
@RestController
@RequestMapping("/api/v1/budget-adjustments")
@Tag(name = "预算调剂")
@DocumentApi(noun = "预算调剂", get = "读取预算调剂：类型、范围、理由、测算依据、绩效目标调整、资金来源、调减与调增各行",
    submit = "提交审批（调减额再次按指标可用余额核对）；已退回的预算调剂重新提交")
class BudgetAdjustmentController extends DocumentTypeController<BudgetAdjustmentDetails,
        BudgetAdjustmentController.AdjustmentRequest, BudgetAdjustmentInput, AdjustmentResponse> {

    private final Messages messages;

    BudgetAdjustmentController(BudgetAdjustmentService adjustments, DocumentQueries queries, Messages messages) {
        super(adjustments, queries, DocumentType.BUDGET_ADJUSTMENT);
        this.messages = messages;
    }

    @Override
    protected AdjustmentResponse response(BudgetAdjustmentDetails details) {
        return AdjustmentResponse.of(details, messages);
    }

    /** Without a body the validation names each missing field. */
    @Override
    protected BudgetAdjustmentInput withoutBody() {
        return null;
    }

    /** Request body of create and update. */
    record AdjustmentRequest(Long version, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = InputChecks.MIN_YEAR_TEXT, maximum = InputChecks.MAX_YEAR_TEXT) Integer fiscalYear, String adjustmentKind, String reason, String basis,
            String performanceChange, String fundingSource, List<BudgetAdjustmentInput.RowInput> rows)
            implements Body<BudgetAdjustmentInput> {

        @Override
        public BudgetAdjustmentInput input() {
            return new BudgetAdjustmentInput(fiscalYear, adjustmentKind, reason, basis, performanceChange, fundingSource,
                rows);
        }
    }
}
