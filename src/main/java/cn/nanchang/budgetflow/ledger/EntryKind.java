package cn.nanchang.budgetflow.ledger;

/**
 * What one ledger entry does to its 指标. Entries are never updated; each kind moves one running
 * total: QUOTA, INCREASE and DECREASE the 额度, FREEZE and RELEASE the 冻结, USE the 已用.
 */
public enum EntryKind {
    /** 下达: the 指标 is issued with its 额度. */
    QUOTA,
    /** 冻结: committed by a document (a procurement plan's item). */
    FREEZE,
    /** 解冻: a freeze given back (withdrawn, voided, rejected, settled). */
    RELEASE,
    /** 支付: a payment, 已用. */
    USE,
    /** 调增. */
    INCREASE,
    /** 调减. */
    DECREASE;

    public String labelKey() {
        return "ledger.entry." + name();
    }
}
