package cn.nanchang.budgetflow.classification;

/** The two catalogues a budget line is coded in. */
public enum Scheme {
    /** 支出功能分类, coded at 项 (7 digits). */
    FUNCTION,
    /** 部门预算支出经济分类, coded at 款 (5 digits). */
    ECONOMIC
}
