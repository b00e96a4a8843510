package cn.nanchang.budgetflow.budgetyear;

/** The figures of a budget year kept as versions, in the order they arise. */
public enum VersionKind {
    /** 一上: the unit's proposal of the first round as the bureau passed it. */
    ONE_UP,
    /** 控制数: the bureau's ceilings for the unit. */
    CEILINGS,
    /** 分解: the ceilings split among the sections. */
    SPLIT,
    /** 二上: the unit's proposal of the second round as the bureau passed it. */
    TWO_UP,
    /** 批复: the approved budget. */
    APPROVED,
    /**
     * 调整后: the approved budget as 调剂, 追加 and 追减 moved it, read from the 指标 ledger's quotas
     * when the comparison is built; never stored as figures, shown only where it differs from 批复.
     */
    ADJUSTED;

    public String labelKey() {
        return "budgetyear.version." + name();
    }
}
