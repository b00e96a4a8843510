package cn.nanchang.budgetflow.procurement;

/** Who runs the procurement (组织形式): the centralised procurement agency, or the unit itself. */
public enum OrganisationForm {
    /** 集中采购. */
    CENTRALIZED,
    /** 分散采购. */
    DECENTRALIZED;

    public String labelKey() {
        return "procurement.form." + name();
    }
}
