package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.Messages;

/** A budget draft's lines as the audit log compares them, labelled as the editor labels them. */
final class BudgetDraftSnapshot {

    private BudgetDraftSnapshot() {
    }

    static DocumentSnapshot of(BudgetDraftDetails draft, Messages m) {
        String table = m.get("doc.lines");
        DocumentSnapshot snapshot = DocumentSnapshot.of().table(table);
        for (BudgetDraftDetails.Line l : draft.lines()) {
            snapshot.row(table, DocumentSnapshot.line()
                .put(m.get("draft.functionCode"), l.functionCode() + " " + l.functionName())
                .put(m.get("draft.economicCode"), l.economicCode() + " " + l.economicName())
                .put(m.get("draft.kind"), m.get(l.kind().labelKey()))
                .put(m.get("draft.amount"), l.amount().formatYuan())
                .put(m.get("draft.project"), l.projectCode() == null ? null : l.projectCode() + " " + l.projectName())
                .put(m.get("draft.note"), l.note()));
        }
        return snapshot;
    }
}
