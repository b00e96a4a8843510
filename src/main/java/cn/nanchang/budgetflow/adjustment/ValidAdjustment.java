package cn.nanchang.budgetflow.adjustment;

import java.util.List;

/** An adjustment's input once every field and hard rule has passed. */
record ValidAdjustment(int fiscalYear, AdjustmentKind kind, String reason, String basis, String performanceChange,
        String fundingSource, List<ValidRow> rows) {
}
