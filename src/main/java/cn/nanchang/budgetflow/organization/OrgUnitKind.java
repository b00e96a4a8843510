package cn.nanchang.budgetflow.organization;

public enum OrgUnitKind {
    /** 单位: the center itself. */
    CENTER,
    /** 内设科室. */
    SECTION,
    /** 主管部门: the data bureau. */
    BUREAU
}
