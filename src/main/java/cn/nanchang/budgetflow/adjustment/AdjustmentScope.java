package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.util.List;
import java.util.Objects;

/** How far an adjustment reaches, as the routing table reads it (adjustment-routing.dmn, input scope). */
public enum AdjustmentScope {
    /** Inside one project, between economic codes only. */
    WITHIN_PROJECT_ECONOMIC,
    /** Between projects or between function codes. */
    ACROSS_PROJECTS_OR_FUNCTIONS,
    /** Between 基本支出 and 项目支出. */
    BASIC_PROJECT,
    /** Anything else: basic lines of one function, between economic codes. */
    OTHER;

    /** The scope of these rows: basic and project money mixed first, then projects or functions crossed. */
    static AdjustmentScope of(List<ValidRow> rows) {
        boolean project = rows.stream().anyMatch(r -> r.kind() == ExpenditureKind.PROJECT);
        boolean basic = rows.stream().anyMatch(r -> r.kind() != ExpenditureKind.PROJECT);
        if (project && basic) {
            return BASIC_PROJECT;
        }
        long projects = rows.stream().map(ValidRow::projectId).filter(Objects::nonNull).distinct().count();
        long functions = rows.stream().map(ValidRow::functionCode).distinct().count();
        if (projects > 1 || functions > 1) {
            return ACROSS_PROJECTS_OR_FUNCTIONS;
        }
        return project ? WITHIN_PROJECT_ECONOMIC : OTHER;
    }

    public String labelKey() {
        return "adjustment.scope." + name();
    }
}
