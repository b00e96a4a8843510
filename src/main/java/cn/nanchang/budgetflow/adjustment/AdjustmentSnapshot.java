package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.Messages;

/** An adjustment as the audit log compares two versions of it, labelled as the editor labels it. */
final class AdjustmentSnapshot {

    private AdjustmentSnapshot() {
    }

    static DocumentSnapshot of(BudgetAdjustmentDetails a, Messages m) {
        String table = m.get("adjustment.rows");
        DocumentSnapshot snapshot = DocumentSnapshot.of()
            .field(m.get("adjustment.field.adjustmentKind"), m.get(a.kind().labelKey()))
            .field(m.get("adjustment.field.reason"), a.reason())
            .field(m.get("adjustment.field.basis"), a.basis())
            .field(m.get("adjustment.field.performanceChange"), a.performanceChange())
            .field(m.get("adjustment.field.fundingSource"), a.fundingSource())
            .table(table);
        for (BudgetAdjustmentDetails.Row r : a.rows()) {
            snapshot.row(table, DocumentSnapshot.line()
                .put(m.get("adjustment.field.direction"), m.get(r.direction().labelKey()))
                .put(m.get("adjustment.field.indicator"), r.newLine() ? m.get("adjustment.newLine") : String.valueOf(r.indicatorId()))
                .put(m.get("adjustment.field.line"), r.lineLabel())
                .put(m.get("adjustment.field.amount"), r.amount().formatYuan()));
        }
        return snapshot;
    }
}
