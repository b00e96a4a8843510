package cn.nanchang.budgetflow.budgetyear.api;

import cn.nanchang.budgetflow.base.InputChecks;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.UnitProposalDetails;
import cn.nanchang.budgetflow.budgetyear.UnitProposalInput;
import cn.nanchang.budgetflow.budgetyear.UnitProposalService;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.api.DocumentApi;
import cn.nanchang.budgetflow.document.api.DocumentTypeController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit's budget proposals (单位预算建议数) over HTTP: the endpoints every document type has
 * ({@link DocumentTypeController}), only for 财务 where they write, and the consolidation of a
 * year's round before a proposal exists. Errors as for the other types: 400 naming each field
 * (also for a missing body), 403 for acting without the right, 404 also for readers who may not
 * see the unit's documents, 409 for a stale version or a proposal that is no longer editable.
 */
@RestController
@RequestMapping("/api/v1/unit-proposals")
@Tag(name = "单位预算建议数")
@DocumentApi(noun = "单位预算建议数", get = "读取单位预算建议数：科室×支出类型、功能分类、经济分类、项目、三公经费与调减明细",
    submit = "提交主任办公会审议；已退回的建议数重新提交（再次核对本轮已审核的科室申报）")
class UnitProposalController extends DocumentTypeController<UnitProposalDetails, UnitProposalController.ProposalRequest,
        UnitProposalInput, UnitProposalController.ProposalResponse> {

    private final UnitProposalService proposals;
    private final Messages messages;

    UnitProposalController(UnitProposalService proposals, DocumentQueries queries, Messages messages) {
        super(proposals, queries, DocumentType.UNIT_PROPOSAL);
        this.proposals = proposals;
        this.messages = messages;
    }

    @Override
    protected ProposalResponse response(UnitProposalDetails details) {
        return ProposalResponse.of(details, messages);
    }

    /** Without a body the validation names what is missing. */
    @Override
    protected UnitProposalInput withoutBody() {
        return null;
    }

    @GetMapping("/consolidation")
    @Operation(summary = "汇总预览：本轮财务已审核的科室申报（按申报数），科室×支出类型、功能分类、经济分类、项目及其项目库编码、三公经费与上年批复数对比")
    ConsolidationResponse consolidation(@RequestParam int fiscalYear,
            @Parameter(description = "ONE_UP 或 TWO_UP；不填时为该年度当前（或最近）的申报轮次") @RequestParam(required = false) BudgetRound round) {
        return ConsolidationResponse.of(proposals.consolidation(fiscalYear, round), messages);
    }

    /** Request body of create and update: the year and 财务's cuts, each naming a request line. */
    record ProposalRequest(Long version, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = InputChecks.MIN_YEAR_TEXT, maximum = InputChecks.MAX_YEAR_TEXT) Integer fiscalYear, List<UnitProposalInput.CutInput> cuts)
            implements Body<UnitProposalInput> {

        @Override
        public UnitProposalInput input() {
            return new UnitProposalInput(fiscalYear, cuts);
        }
    }

    record ProposalResponse(long id, String type, String number, String section, String sectionName, int fiscalYear,
            String round, String status, long version, String drafter, String drafterName, String totalAmount,
            String requestedAmount, ConsolidationResponse consolidation, Instant createdAt, Instant updatedAt) {

        static ProposalResponse of(UnitProposalDetails d, Messages messages) {
            return new ProposalResponse(d.id(), DocumentType.UNIT_PROPOSAL.name(), d.number(), d.sectionCode(),
                d.sectionName(), d.fiscalYear(), d.round().name(), d.status().name(), d.version(), d.drafter(),
                d.drafterName(), d.total().toString(), d.consolidation().total().requested().toString(),
                ConsolidationResponse.of(d.consolidation(), messages), d.createdAt(), d.updatedAt());
        }
    }
}
