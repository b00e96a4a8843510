package cn.nanchang.budgetflow.ledger;

/** Where an 指标's money comes from. The Chinese names are in the message bundle under ledger.source.*. */
public enum SourceType {
    /** 年初: issued from the approved (批复) budget. */
    INITIAL,
    /** 追加: an approved addition. */
    ADDITION,
    /** 调剂: moved from another 指标 by an approved transfer. */
    TRANSFER,
    /** 结转: carried over from the year before. */
    CARRYOVER;

    public String labelKey() {
        return "ledger.source." + name();
    }
}
