package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.budget.BudgetRound;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opening a fiscal year's preparation (编制启动) as the API and the form send it: the year, the
 * deadline of each request round by round name (ONE_UP, TWO_UP) as ISO dates, and the
 * instructions (编制说明). Text as typed, so that a bad date is reported against its field.
 */
public record OpenYearInput(Integer fiscalYear, Map<String, String> deadlines, String instructions) {

    /** The form's input, with dates already picked. */
    public static OpenYearInput of(int fiscalYear, LocalDate oneUpDeadline, LocalDate twoUpDeadline, String instructions) {
        Map<String, String> deadlines = new LinkedHashMap<>();
        deadlines.put(BudgetRound.ONE_UP.name(), oneUpDeadline == null ? null : oneUpDeadline.toString());
        deadlines.put(BudgetRound.TWO_UP.name(), twoUpDeadline == null ? null : twoUpDeadline.toString());
        return new OpenYearInput(fiscalYear, deadlines, instructions);
    }
}
