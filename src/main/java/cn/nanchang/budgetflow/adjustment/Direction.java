package cn.nanchang.budgetflow.adjustment;

/** Which way one row moves its line. */
public enum Direction {
    /** 调减. */
    DECREASE,
    /** 调增. */
    INCREASE;

    public String labelKey() {
        return "adjustment.direction." + name();
    }
}
