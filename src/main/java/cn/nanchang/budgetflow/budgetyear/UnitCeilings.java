package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.util.List;
import java.util.Map;

/** The bureau's ceilings (控制数) for the unit: by kind, and those it set for single projects. */
public record UnitCeilings(Map<ExpenditureKind, Money> byKind, List<ProjectCeiling> projects) {

    /** A ceiling of one library project, with the project's code, name and section. */
    public record ProjectCeiling(long projectId, String projectCode, String projectName, String sectionCode, Money amount) {
    }
}
