package cn.nanchang.budgetflow.procurement;

/**
 * The seven procurement methods (政府采购法 and 财政部令第110号). The Chinese name is also the
 * value the approval-routing table compares, e.g. "单一来源".
 */
public enum ProcurementMethod {
    PUBLIC_TENDER("公开招标"),
    INVITED_TENDER("邀请招标"),
    COMPETITIVE_NEGOTIATION("竞争性谈判"),
    COMPETITIVE_CONSULTATION("竞争性磋商"),
    SINGLE_SOURCE("单一来源"),
    INQUIRY("询价"),
    FRAMEWORK_AGREEMENT("框架协议");

    private final String chineseName;

    ProcurementMethod(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String labelKey() {
        return "procurement.method." + name();
    }
}
