package cn.nanchang.budgetflow.procurement.api;

import cn.nanchang.budgetflow.base.InputChecks;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentApi;
import cn.nanchang.budgetflow.document.api.DocumentTypeController;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Procurement plans over HTTP: the endpoints every document type has ({@link
 * DocumentTypeController}), with the intention notices besides. Errors as for budget drafts: 400
 * naming each field (also for a missing body), 403 for acting without the right, 404 also for
 * another section's plan, 409 for a stale version or a plan that is no longer editable.
 */
@RestController
@RequestMapping("/api/v1/procurement-plans")
@Tag(name = "政府采购计划")
@DocumentApi(noun = "采购计划", get = "读取采购计划：项目、标记（不属于政府采购）、按品目合计、采购意向",
    submit = "提交审批；已退回的采购计划重新提交（资金来源再次核对）")
class ProcurementPlanController extends DocumentTypeController<ProcurementPlanDetails,
        ProcurementPlanController.PlanRequest, ProcurementPlanInput, PlanResponse> {

    private final ProcurementPlanService plans;
    private final Messages messages;

    ProcurementPlanController(ProcurementPlanService plans, DocumentQueries queries, Messages messages) {
        super(plans, queries, DocumentType.PROCUREMENT_PLAN);
        this.plans = plans;
        this.messages = messages;
    }

    @Override
    protected PlanResponse response(ProcurementPlanDetails details) {
        return PlanResponse.of(details, messages);
    }

    /** Without a body the validation names each missing field, as for an empty plan. */
    @Override
    protected ProcurementPlanInput withoutBody() {
        return null;
    }

    @GetMapping("/{id}/intentions")
    @Operation(summary = "采购意向公开：需履行采购程序的项目的名称、需求概况、预算金额、预计采购时间和最迟公开日期")
    List<PlanResponse.IntentionResponse> intentions(@PathVariable long id) {
        return plans.intentions(id).stream().map(n -> PlanResponse.IntentionResponse.of(n, messages)).toList();
    }

    /** Request body of create and update. */
    record PlanRequest(Long version, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = InputChecks.MIN_YEAR_TEXT, maximum = InputChecks.MAX_YEAR_TEXT) Integer fiscalYear, List<ProcurementPlanInput.ItemInput> items)
            implements Body<ProcurementPlanInput> {

        @Override
        public ProcurementPlanInput input() {
            return new ProcurementPlanInput(fiscalYear, items);
        }
    }
}
