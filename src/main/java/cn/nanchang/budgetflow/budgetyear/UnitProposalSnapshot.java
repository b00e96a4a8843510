package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.Messages;

/**
 * A unit proposal as the audit log compares it: the round and the totals, and every line with the
 * request it comes from, the amount requested, the amount proposed and the reason of a cut, so that
 * each cut made, changed or taken back shows with its values before and after.
 */
final class UnitProposalSnapshot {

    private UnitProposalSnapshot() {
    }

    static DocumentSnapshot of(UnitProposalDetails proposal, Messages m) {
        Consolidation c = proposal.consolidation();
        String table = m.get("proposal.lines");
        DocumentSnapshot snapshot = DocumentSnapshot.of()
            .field(m.get("proposal.round"), m.get(proposal.round().labelKey()))
            .field(m.get("proposal.requested"), c.total().requested().formatYuan())
            .field(m.get("proposal.proposed"), c.total().proposed().formatYuan())
            .table(table);
        for (ConsolidationLine l : c.lines()) {
            snapshot.row(table, DocumentSnapshot.line()
                .put(m.get("proposal.section"), l.sectionCode() + " " + l.sectionName())
                .put(m.get("proposal.source"), l.draftNumber() + " #" + l.lineNo())
                .put(m.get("draft.functionCode"), l.functionCode() + " " + l.functionName())
                .put(m.get("draft.economicCode"), l.economicCode() + " " + l.economicName())
                .put(m.get("draft.kind"), m.get(l.kind().labelKey()))
                .put(m.get("draft.project"), l.projectCode() == null ? null : l.projectCode() + " " + l.projectName())
                .put(m.get("proposal.requested"), l.requested().formatYuan())
                .put(m.get("proposal.proposed"), l.proposed().formatYuan())
                .put(m.get("proposal.cutReason"), l.cutReason()));
        }
        return snapshot;
    }
}
