package cn.nanchang.budgetflow.procurement;

/** What is bought (采购品目类别): goods, works or services. */
public enum ProcurementCategory {
    GOODS,
    WORKS,
    SERVICES;

    /** Goods and services share one decentralised limit and the public-tender threshold; works have their own limit. */
    public boolean isGoodsOrServices() {
        return this != WORKS;
    }

    public String labelKey() {
        return "procurement.category." + name();
    }
}
