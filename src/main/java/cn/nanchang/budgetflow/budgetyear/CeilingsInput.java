package cn.nanchang.budgetflow.budgetyear;

import java.util.List;

/**
 * The bureau's ceilings (控制数) for the unit as typed: the 文号 and its date (ISO), the amount of
 * each kind in yuan (基本支出·人员经费, 基本支出·公用经费, 项目支出) and, optionally, ceilings of
 * single library projects, which together may not exceed the project ceiling.
 */
public record CeilingsInput(String ref, String date, String personnel, String publicAmount, String project,
        List<ProjectCeilingInput> projects) {

    /** One project's ceiling. */
    public record ProjectCeilingInput(Long projectId, String amount) {
    }
}
