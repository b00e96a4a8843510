package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.FieldChange;

/** A recorded field change with the sentence people read, e.g. 预算明细第2行 金额（元）：1,000.00 → 1,200.00. */
public record ChangeLine(FieldChange change, String text) {
}
