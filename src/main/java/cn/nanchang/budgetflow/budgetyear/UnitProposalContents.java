package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.Consolidation.Amounts;
import cn.nanchang.budgetflow.document.DocumentContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A unit proposal on pages that show any document, such as the approval sheet the 主任办公会 signs
 * and the document export: the sections by kind, requested and proposed in 万元, and every cut
 * with its reason, since that is what the meeting decides on.
 */
@Component
class UnitProposalContents implements DocumentContents {

    private final UnitProposalService proposals;
    private final Messages m;

    UnitProposalContents(UnitProposalService proposals, Messages messages) {
        this.proposals = proposals;
        this.m = messages;
    }

    @Override
    public DocumentType type() {
        return DocumentType.UNIT_PROPOSAL;
    }

    @Override
    public List<ContentTable> tables(long documentId) {
        Consolidation c = proposals.get(documentId).consolidation();
        return List.of(bySection(c), cuts(c));
    }

    private ContentTable bySection(Consolidation c) {
        List<String> headers = new ArrayList<>(List.of(m.get("common.section")));
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            headers.add(m.get(kind.labelKey()) + m.get("proposal.sheet.requestedWan"));
            headers.add(m.get(kind.labelKey()) + m.get("proposal.sheet.proposedWan"));
        }
        headers.add(m.get("proposal.sheet.totalRequestedWan"));
        headers.add(m.get("proposal.sheet.totalProposedWan"));
        List<List<String>> rows = c.sections().stream().map(s -> row(s.sectionName(), s.byKind(), s.total())).toList();
        return new ContentTable(m.get("proposal.bySection"), headers, rows, row(m.get("proposal.unitTotal"), c.byKind(), c.total()));
    }

    private static List<String> row(String label, Map<ExpenditureKind, Amounts> byKind, Amounts total) {
        List<String> row = new ArrayList<>(List.of(label));
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            Amounts a = byKind.getOrDefault(kind, Amounts.ZERO);
            row.add(a.requested().formatWanYuan());
            row.add(a.proposed().formatWanYuan());
        }
        row.add(total.requested().formatWanYuan());
        row.add(total.proposed().formatWanYuan());
        return row;
    }

    private ContentTable cuts(Consolidation c) {
        List<List<String>> rows = c.cutLines().stream().map(l -> List.of(l.sectionName(), l.draftNumber() + " #" + l.lineNo(),
                l.functionCode() + " " + l.functionName(), l.economicCode() + " " + l.economicName(),
                l.requested().formatYuan(), l.proposed().formatYuan(), l.cut().formatYuan(), l.cutReason()))
            .toList();
        Amounts cut = c.cutLines().stream().map(l -> new Amounts(l.requested(), l.proposed())).reduce(Amounts.ZERO, Amounts::plus);
        return new ContentTable(m.get("proposal.cuts"), List.of(m.get("common.section"), m.get("proposal.source"),
            m.get("draft.functionCode"), m.get("draft.economicCode"), m.get("proposal.requested") + "（元）",
            m.get("proposal.proposed") + "（元）", m.get("proposal.cut") + "（元）", m.get("proposal.cutReason")), rows,
            List.of(m.get("sheet.total"), "", "", "", cut.requested().formatYuan(), cut.proposed().formatYuan(),
                cut.cut().formatYuan(), ""));
    }
}
