package cn.nanchang.budgetflow.budget.api;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.budget.BudgetDraft;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentSummaryResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
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
 * Budget drafts over HTTP. The section comes from the caller; status changes only through
 * submit, withdraw and task decisions, never through a field of the body.
 */
@RestController
@RequestMapping("/api/v1/budget-drafts")
@Tag(name = "预算草案")
class BudgetDraftController {

    private final BudgetDraftService drafts;
    private final DocumentLifecycle lifecycle;
    private final DocumentQueries queries;

    BudgetDraftController(BudgetDraftService drafts, DocumentLifecycle lifecycle, DocumentQueries queries) {
        this.drafts = drafts;
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "预算草案列表（可按年度、科室、状态筛选）")
    List<DocumentSummaryResponse> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String section, @RequestParam(required = false) DocumentStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return queries.list(new DocumentFilter(DocumentType.BUDGET_DRAFT, fiscalYear, section, status), Math.max(0, offset), limit)
            .stream().map(DocumentSummaryResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "新建预算草案（本人科室）")
    ResponseEntity<DraftResponse> create(@RequestBody DraftRequest request) {
        DraftResponse created = DraftResponse.of(drafts.create(request.input()));
        return ResponseEntity.created(URI.create("/api/v1/budget-drafts/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取预算草案")
    DraftResponse get(@PathVariable long id) {
        return DraftResponse.of(drafts.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改预算草案（草稿或已退回时）；带 version 时按乐观锁检查")
    DraftResponse update(@PathVariable long id, @RequestBody DraftRequest request) {
        return DraftResponse.of(drafts.update(id, request.version(), request.input()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交审批；已退回的草案重新提交")
    DraftResponse submit(@PathVariable long id) {
        lifecycle.submit(id, BudgetDraft.class);
        return DraftResponse.of(drafts.get(id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回（科长审核前）")
    DraftResponse withdraw(@PathVariable long id) {
        lifecycle.withdraw(id, BudgetDraft.class);
        return DraftResponse.of(drafts.get(id));
    }

    /** Request body of create and update. */
    record DraftRequest(Long version, Integer fiscalYear, List<BudgetDraftInput.LineInput> lines) {
        BudgetDraftInput input() {
            return new BudgetDraftInput(fiscalYear, lines);
        }
    }

    record DraftResponse(long id, String type, String number, String section, String sectionName, int fiscalYear,
            String status, long version, String drafter, String drafterName, String totalAmount,
            List<LineResponse> lines, Instant createdAt, Instant updatedAt) {

        static DraftResponse of(BudgetDraftDetails d) {
            return new DraftResponse(d.id(), DocumentType.BUDGET_DRAFT.name(), d.number(), d.sectionCode(), d.sectionName(),
                d.fiscalYear(), d.status().name(), d.version(), d.drafter(), d.drafterName(), d.total().toString(),
                d.lines().stream().map(LineResponse::of).toList(), d.createdAt(), d.updatedAt());
        }
    }

    /** projectId, projectCode and projectName are set on 项目支出 lines: the library project the line funds. */
    record LineResponse(int lineNo, String functionCode, String functionName, String economicCode, String economicName,
            String kind, String amount, String note, Long projectId, String projectCode, String projectName) {

        static LineResponse of(BudgetDraftDetails.Line l) {
            return new LineResponse(l.lineNo(), l.functionCode(), l.functionName(), l.economicCode(), l.economicName(),
                l.kind().name(), l.amount().toString(), l.note(), l.projectId(), l.projectCode(), l.projectName());
        }
    }
}
