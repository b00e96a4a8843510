package cn.nanchang.budgetflow.budget;

import java.util.List;

/**
 * A draft as the editor or the API sends it. Fields are raw (amounts and kinds as text) so that
 * every bad value is reported against its own field rather than failing the whole request.
 */
public record BudgetDraftInput(Integer fiscalYear, List<LineInput> lines) {

    /**
     * One line as sent: amount in yuan as text, e.g. "12345.67"; kind BASIC_PERSONNEL, BASIC_PUBLIC or PROJECT.
     * {@code projectId} names the approved project (项目库) a PROJECT line funds, and is empty for the other kinds.
     */
    public record LineInput(String functionCode, String economicCode, String kind, String amount, String note,
            Long projectId) {

        public LineInput(String functionCode, String economicCode, String kind, String amount, String note) {
            this(functionCode, economicCode, kind, amount, note, null);
        }
    }
}
