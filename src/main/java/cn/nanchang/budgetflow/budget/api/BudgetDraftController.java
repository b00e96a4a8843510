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
import io.swagger.v3.oas.annotations.tags.Tag;
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

    BudgetDraftController(BudgetDraftService drafts, DocumentQueries queries) {
        super(drafts, queries, DocumentType.BUDGET_DRAFT);
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
