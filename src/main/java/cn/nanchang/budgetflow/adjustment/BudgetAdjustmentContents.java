package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentContents;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An adjustment on pages that show any document, such as the approval sheet (审批单): its kind,
 * scope and texts, then its rows with the sums of 调减 and 调增, since that is what is decided on.
 */
@Component
class BudgetAdjustmentContents implements DocumentContents {

    private final BudgetAdjustmentService adjustments;
    private final Messages m;

    BudgetAdjustmentContents(BudgetAdjustmentService adjustments, Messages messages) {
        this.adjustments = adjustments;
        this.m = messages;
    }

    @Override
    public DocumentType type() {
        return DocumentType.BUDGET_ADJUSTMENT;
    }

    @Override
    public List<ContentTable> tables(long documentId) {
        BudgetAdjustmentDetails a = adjustments.get(documentId);
        return List.of(facts(a), rows(a));
    }

    private ContentTable facts(BudgetAdjustmentDetails a) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.get("adjustment.field.adjustmentKind"), m.get(a.kind().labelKey())));
        rows.add(List.of(m.get("adjustment.field.scope"), m.get(a.scope().labelKey())));
        rows.add(List.of(m.get("adjustment.field.reason"), a.reason()));
        rows.add(List.of(m.get("adjustment.field.basis"), a.basis()));
        if (a.performanceChange() != null) {
            rows.add(List.of(m.get("adjustment.field.performanceChange"), a.performanceChange()));
        }
        if (a.fundingSource() != null) {
            rows.add(List.of(m.get("adjustment.field.fundingSource"), a.fundingSource()));
        }
        if (a.routingReason() != null) {
            rows.add(List.of(m.get("adjustment.field.routing"), a.routingReason()));
            rows.add(List.of(m.get("adjustment.field.financeBureauApproval"),
                m.get(a.financeBureauApproval() ? "adjustment.yes" : "adjustment.no")));
        }
        return new ContentTable(m.get("adjustment.facts"), List.of(m.get("adjustment.item"), m.get("adjustment.content")),
            rows, List.of());
    }

    static List<String> rowCells(BudgetAdjustmentDetails.Row r, Messages m) {
        return List.of(String.valueOf(r.rowNo()), m.get(r.direction().labelKey()),
            r.newLine() ? m.get("adjustment.newLine") : String.valueOf(r.indicatorId()), m.get(r.kind().labelKey()),
            r.lineLabel(), r.amount().formatYuan(), r.amount().formatWanYuan());
    }

    private ContentTable rows(BudgetAdjustmentDetails a) {
        List<List<String>> rows = a.rows().stream().map(r -> rowCells(r, m)).toList();
        List<String> footer = List.of(m.get("sheet.total"), "", "", "",
            m.get("adjustment.sums", a.decreased().formatYuan(), a.increased().formatYuan()), a.total().formatYuan(),
            a.total().formatWanYuan());
        return new ContentTable(m.get("adjustment.rows"), List.of("#", m.get("adjustment.field.direction"),
            m.get("adjustment.field.indicator"), m.get("adjustment.field.kind"), m.get("adjustment.field.line"),
            m.get("adjustment.field.amount"), m.get("common.wanyuan")), rows, footer);
    }
}
