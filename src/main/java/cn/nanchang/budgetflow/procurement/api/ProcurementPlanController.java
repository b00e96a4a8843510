package cn.nanchang.budgetflow.procurement.api;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentSummaryResponse;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Procurement plans over HTTP, with the error semantics of budget drafts: 400 naming each field,
 * 403 for acting without the right, 404 also for another section's plan, 409 for a stale version
 * or a plan that is no longer editable. The section comes from the caller.
 */
@RestController
@RequestMapping("/api/v1/procurement-plans")
@Tag(name = "政府采购计划")
class ProcurementPlanController {

    private final ProcurementPlanService plans;
    private final DocumentQueries queries;
    private final Messages messages;

    ProcurementPlanController(ProcurementPlanService plans, DocumentQueries queries, Messages messages) {
        this.plans = plans;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "采购计划列表（可按年度、科室、状态筛选）")
    List<DocumentSummaryResponse> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String section, @RequestParam(required = false) DocumentStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return queries.list(new DocumentFilter(DocumentType.PROCUREMENT_PLAN, fiscalYear, section, status),
            Math.max(0, offset), limit).stream().map(DocumentSummaryResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "新建采购计划（本人科室）")
    ResponseEntity<PlanResponse> create(@RequestBody(required = false) PlanRequest request) {
        PlanResponse created = PlanResponse.of(plans.create(PlanRequest.input(request)), messages);
        return ResponseEntity.created(URI.create("/api/v1/procurement-plans/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取采购计划：项目、标记（不属于政府采购）、按品目合计、采购意向")
    PlanResponse get(@PathVariable long id) {
        return PlanResponse.of(plans.get(id), messages);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改采购计划（草稿或已退回时）；带 version 时按乐观锁检查")
    PlanResponse update(@PathVariable long id, @RequestBody(required = false) PlanRequest request) {
        return PlanResponse.of(plans.update(id, request == null ? null : request.version(), PlanRequest.input(request)),
            messages);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交审批；已退回的采购计划重新提交（资金来源再次核对）")
    PlanResponse submit(@PathVariable long id) {
        return PlanResponse.of(plans.submit(id), messages);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回（科长审核前）")
    PlanResponse withdraw(@PathVariable long id) {
        return PlanResponse.of(plans.withdraw(id), messages);
    }

    @GetMapping("/{id}/intentions")
    @Operation(summary = "采购意向公开：需履行采购程序的项目的名称、需求概况、预算金额、预计采购时间和最迟公开日期")
    List<PlanResponse.IntentionResponse> intentions(@PathVariable long id) {
        return plans.intentions(id).stream().map(PlanResponse.IntentionResponse::of).toList();
    }

    /** Request body of create and update. */
    record PlanRequest(Long version, Integer fiscalYear, List<ProcurementPlanInput.ItemInput> items) {
        static ProcurementPlanInput input(PlanRequest request) {
            return request == null ? null : new ProcurementPlanInput(request.fiscalYear(), request.items());
        }
    }
}
