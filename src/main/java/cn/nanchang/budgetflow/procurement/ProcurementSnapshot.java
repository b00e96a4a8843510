package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.Messages;

/** A procurement plan's items as the audit log compares them, labelled as the editor labels them. */
final class ProcurementSnapshot {

    private ProcurementSnapshot() {
    }

    static DocumentSnapshot of(ProcurementPlanDetails plan, Messages m) {
        String table = m.get("procurement.items");
        DocumentSnapshot snapshot = DocumentSnapshot.of().table(table);
        for (ProcurementPlanDetails.Item i : plan.items()) {
            snapshot.row(table, DocumentSnapshot.line()
                .put(m.get("procurement.item.category"), m.get(i.category().labelKey()))
                .put(m.get("procurement.item.name"), i.name())
                .put(m.get("procurement.item.quantity"), i.quantity() == null ? null : i.quantity().stripTrailingZeros().toPlainString())
                .put(m.get("procurement.item.unit"), i.unit())
                .put(m.get("procurement.item.amount"), i.amount().formatYuan())
                .put(m.get("procurement.item.method"), m.get(i.method().labelKey()))
                .put(m.get("procurement.item.form"), m.get(i.organisationForm().labelKey()))
                .put(m.get("procurement.item.inCatalogue"), m.get(i.inCatalogue() ? "procurement.yes" : "procurement.no"))
                .put(m.get("procurement.item.funding"), funding(i))
                .put(m.get("procurement.item.startMonth"), i.startMonth())
                .put(m.get("procurement.item.demandOverview"), i.demandOverview())
                .put(m.get("procurement.item.justification"), i.methodChangeJustification()));
        }
        return snapshot;
    }

    /** The funding line as people recognise it; its id alone if it can no longer be read as approved. */
    static String funding(ProcurementPlanDetails.Item item) {
        return item.fundingLine() == null ? String.valueOf(item.fundingLineId()) : item.fundingLine().label();
    }
}
