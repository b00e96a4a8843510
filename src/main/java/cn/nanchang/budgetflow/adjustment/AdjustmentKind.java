package cn.nanchang.budgetflow.adjustment;

/** What an adjustment does to the budget: moves money (调剂), adds it (追加) or takes it away (追减). */
public enum AdjustmentKind {
    /** 调剂: 调减 and 调增 rows that sum to zero. */
    TRANSFER,
    /** 追加: 调增 rows only, funded from a stated source. */
    ADDITION,
    /** 追减: 调减 rows only, with its stated basis. */
    REDUCTION;

    public String labelKey() {
        return "adjustment.kind." + name();
    }
}
