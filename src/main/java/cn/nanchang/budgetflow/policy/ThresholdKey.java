package cn.nanchang.budgetflow.policy;

/** The thresholds the system knows. The key is also the DMN input variable name. */
public enum ThresholdKey {
    projectCollectiveThresholdYuan,
    publicTenderThresholdYuan,
    decentralizedLimitGoodsServicesYuan,
    decentralizedLimitWorksYuan,
    /** From this amount a 调剂 needs 主任办公会 and 数据局 (adjustment-routing.dmn). */
    adjustmentCollectiveThresholdYuan
}
