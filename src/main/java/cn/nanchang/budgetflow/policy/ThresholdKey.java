package cn.nanchang.budgetflow.policy;

/** The thresholds the system knows. The key is also the DMN input variable name. */
public enum ThresholdKey {
    projectCollectiveThresholdYuan,
    publicTenderThresholdYuan,
    decentralizedLimitGoodsServicesYuan,
    decentralizedLimitWorksYuan
}
