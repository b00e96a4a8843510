package cn.nanchang.budgetflow.budgetyear;

import java.util.List;

/**
 * The bureau's 批复 as typed: the 文号 and its date (ISO) and the lines it cuts. Every other 二上
 * request line is approved as requested.
 */
public record ApprovalInput(String ref, String date, List<CutInput> cuts) {

    /**
     * A cut of one 二上 request line ({@code lineId} is the request line's id, see
     * {@link BudgetYears#approvalLines}): the approved amount, at least 0 and below the requested one, and why.
     */
    public record CutInput(Long lineId, String amount, String reason) {
    }
}
