package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.policy.ThresholdKey;

/**
 * The procurement limits of unit policy at one moment (赣财购〔2021〕30号 as the starting values):
 * the public-tender threshold for goods and services, and the decentralised limits under which
 * an item outside the centralised catalogue needs no procurement procedure.
 */
public record ProcurementLimits(Money publicTender, Money decentralizedGoodsServices, Money decentralizedWorks) {

    static ProcurementLimits of(PolicyThresholds thresholds) {
        return new ProcurementLimits(thresholds.amount(ThresholdKey.publicTenderThresholdYuan),
            thresholds.amount(ThresholdKey.decentralizedLimitGoodsServicesYuan),
            thresholds.amount(ThresholdKey.decentralizedLimitWorksYuan));
    }

    /** Goods and services at or above the public-tender threshold must be tendered publicly unless the change is justified. */
    public boolean publicTenderApplies(ProcurementCategory category, Money amount) {
        return category != null && category.isGoodsOrServices() && amount != null && amount.compareTo(publicTender) >= 0;
    }

    /** Below the decentralised limit and outside the catalogue: 不属于政府采购, no procedure and no intention notice. */
    public boolean outsideGovernmentProcurement(ProcurementCategory category, Money amount, boolean inCatalogue) {
        return !inCatalogue && amount.compareTo(decentralizedLimit(category)) < 0;
    }

    public Money decentralizedLimit(ProcurementCategory category) {
        return category.isGoodsOrServices() ? decentralizedGoodsServices : decentralizedWorks;
    }
}
