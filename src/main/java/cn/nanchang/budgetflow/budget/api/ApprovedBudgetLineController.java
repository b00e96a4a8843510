package cn.nanchang.budgetflow.budget.api;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lines of approved budgets, for choosing what funds a procurement item. */
@RestController
@RequestMapping("/api/v1/budget-lines")
@Tag(name = "已批复预算明细")
class ApprovedBudgetLineController {

    private final ApprovedBudgetLines lines;

    ApprovedBudgetLineController(ApprovedBudgetLines lines) {
        this.lines = lines;
    }

    @GetMapping("/approved")
    @Operation(summary = "已批复预算明细（科员、科长为本科室；其他角色可按 section 筛选）")
    List<LineResponse> approved(@RequestParam int fiscalYear, @RequestParam(required = false) String section) {
        return lines.visible(fiscalYear, section).stream().map(LineResponse::of).toList();
    }

    @Schema(name = "ApprovedLineResponse")
    record LineResponse(long id, long draftId, String draftNumber, String section, int fiscalYear, int lineNo,
            String functionCode, String functionName, String economicCode, String economicName, String kind,
            String amount, @Nullable String note, String label) {

        static LineResponse of(ApprovedBudgetLine l) {
            return new LineResponse(l.lineId(), l.draftId(), l.draftNumber(), l.sectionCode(), l.fiscalYear(), l.lineNo(),
                l.functionCode(), l.functionName(), l.economicCode(), l.economicName(), l.kind().name(),
                l.amount().toString(), l.note(), l.label());
        }
    }
}
