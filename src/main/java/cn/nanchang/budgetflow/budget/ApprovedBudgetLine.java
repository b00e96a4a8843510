package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.Money;

/**
 * A line of an approved (已批复) budget draft, as other modules refer to it: procurement plan
 * items name the line that funds them; {@code projectId} is the library project a 项目支出 line
 * funds. The codes carry their names for pickers and pages.
 */
public record ApprovedBudgetLine(long lineId, long draftId, String draftNumber, String sectionCode, int fiscalYear,
        int lineNo, String functionCode, String functionName, String economicCode, String economicName,
        ExpenditureKind kind, Money amount, String note, Long projectId) {

    /** "YS-2024-0001 第1行 2010350 行政运行｜30201 办公费": how a person recognises the line. */
    public String label() {
        return draftNumber + " 第" + lineNo + "行 " + functionCode + " " + functionName + "｜" + economicCode + " " + economicName;
    }
}
