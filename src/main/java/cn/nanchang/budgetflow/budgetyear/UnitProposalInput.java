package cn.nanchang.budgetflow.budgetyear;

import java.util.List;

/**
 * A unit proposal as the editor or the API sends it: the fiscal year (the round follows from where
 * the year's process waits) and the cuts. Every line of every accepted request of the round is
 * taken as requested unless a cut names it. Raw values, so that each bad one is reported on its field.
 */
public record UnitProposalInput(Integer fiscalYear, List<CutInput> cuts) {

    /**
     * A cut of one request line: the request ({@code draftId}) and its line number, the amount proposed
     * instead (yuan as text, at least 0, below the amount requested) and the reason, which is required.
     */
    public record CutInput(Long draftId, Integer lineNo, String amount, String reason) {
    }
}
