package cn.nanchang.budgetflow.budget.api;

import org.springframework.lang.Nullable;
import cn.nanchang.budgetflow.base.InputChecks;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentApi;
import cn.nanchang.budgetflow.document.api.DocumentTypeController;
import cn.nanchang.budgetflow.base.api.Created;
import cn.nanchang.budgetflow.document.api.CopyResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Budget drafts over HTTP: the endpoints every document type has ({@link DocumentTypeController}). */
@RestController
@RequestMapping("/api/v1/budget-drafts")
@Tag(name = "预算草案")
@DocumentApi(noun = "预算草案", get = "读取预算草案", submit = "提交审批；已退回的草案重新提交")
class BudgetDraftController extends DocumentTypeController<BudgetDraftDetails, BudgetDraftController.DraftRequest,
        BudgetDraftInput, BudgetDraftController.DraftResponse> {

    private final BudgetDraftService drafts;

    BudgetDraftController(BudgetDraftService drafts, DocumentQueries queries) {
        super(drafts, queries, DocumentType.BUDGET_DRAFT);
        this.drafts = drafts;
    }

    /** 409 when the source is not approved or not of the year before the one being prepared, or nothing of it carries over. */
    @PostMapping("/{id}/copy")
    @Operation(summary = "以本科室上年已批复草案为基础新建本年度草案（明细按批复数复制，附件不复制；未能沿用的明细在 notes 中说明）")
    @Created
    ResponseEntity<CopyResponse<DraftResponse>> copy(@PathVariable long id) {
        return copied(drafts.copyLastYear(id));
    }

    @Override
    protected DraftResponse response(BudgetDraftDetails details) {
        return DraftResponse.of(details);
    }

    /** Request body of create and update. */
    record DraftRequest(Long version, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = InputChecks.MIN_YEAR_TEXT, maximum = InputChecks.MAX_YEAR_TEXT) Integer fiscalYear,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<BudgetDraftInput.LineInput> lines)
            implements Body<BudgetDraftInput> {

        @Override
        public BudgetDraftInput input() {
            return new BudgetDraftInput(fiscalYear, lines);
        }
    }

    record DraftResponse(long id, String type, String number, String section, String sectionName, int fiscalYear,
            String status, long version, String drafter, String drafterName, String totalAmount,
            List<LineResponse> lines, Instant createdAt, Instant updatedAt, @Nullable String round) {

        static DraftResponse of(BudgetDraftDetails d) {
            return new DraftResponse(d.id(), DocumentType.BUDGET_DRAFT.name(), d.number(), d.sectionCode(), d.sectionName(),
                d.fiscalYear(), d.status().name(), d.version(), d.drafter(), d.drafterName(), d.total().toString(),
                d.lines().stream().map(LineResponse::of).toList(), d.createdAt(), d.updatedAt(),
                d.round() == null ? null : d.round().name());
        }
    }

    /**
     * projectId, projectCode and projectName are set on 项目支出 lines: the library project the line
     * funds; approvedAmount on a budget year's 二上 request line once the bureau approved it (批复).
     */
    @Schema(name = "DraftLineResponse")
    record LineResponse(int lineNo, String functionCode, String functionName, String economicCode, String economicName,
            String kind, String amount, @Nullable String note, @Nullable Long projectId, @Nullable String projectCode, @Nullable String projectName,
            @Nullable String approvedAmount) {

        static LineResponse of(BudgetDraftDetails.Line l) {
            return new LineResponse(l.lineNo(), l.functionCode(), l.functionName(), l.economicCode(), l.economicName(),
                l.kind().name(), l.amount().toString(), l.note(), l.projectId(), l.projectCode(), l.projectName(),
                l.approved() == null ? null : l.approved().toString());
        }
    }
}
