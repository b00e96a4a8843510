package cn.nanchang.budgetflow.project;

/** 项目类别. The Chinese names are in the message bundle under project.category.*. */
public enum ProjectCategory {
    /** 运行维护类: keeping existing systems and infrastructure running. */
    OPERATION_MAINTENANCE,
    /** 信息化建设类: building or extending information systems. */
    IT_CONSTRUCTION,
    /** 其他. */
    OTHER;

    public String labelKey() {
        return "project.category." + name();
    }
}
