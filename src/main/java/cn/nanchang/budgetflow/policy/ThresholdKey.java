package cn.nanchang.budgetflow.policy;

/**
 * The thresholds the system knows. The key is also the DMN input variable name. A key ending in
 * "Percent" holds a percentage (0–100) in the amount column, not yuan: the execution alerts' rates.
 */
public enum ThresholdKey {
    projectCollectiveThresholdYuan,
    publicTenderThresholdYuan,
    decentralizedLimitGoodsServicesYuan,
    decentralizedLimitWorksYuan,
    /** From this amount a 调剂 needs 主任办公会 and 数据局 (adjustment-routing.dmn). */
    adjustmentCollectiveThresholdYuan,
    /** 执行进度: the share of the year's quota spent by the end of April (then June, August, October). */
    executionAlertAprilPercent,
    executionAlertJunePercent,
    executionAlertAugustPercent,
    executionAlertOctoberPercent;

    /** Whether the figure is a percentage rather than an amount in yuan. */
    public boolean percent() {
        return name().endsWith("Percent");
    }

    /** Whether the stored key is a percentage (the 审批阈值 page shows % instead of 万元 for it). */
    public static boolean percent(String key) {
        return key.endsWith("Percent");
    }
}
