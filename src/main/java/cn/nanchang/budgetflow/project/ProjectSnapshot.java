package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.Messages;

/**
 * A project application as the audit log compares it: the header fields, the cost lines and the
 * performance-target table, labelled as the editor labels them.
 */
final class ProjectSnapshot {

    private ProjectSnapshot() {
    }

    static DocumentSnapshot of(ProjectApplicationDetails a, Messages m) {
        String costs = m.get("project.costLines");
        String indicators = m.get("project.indicators");
        DocumentSnapshot snapshot = DocumentSnapshot.of()
            .field(m.get("project.name"), a.name())
            .field(m.get("project.category"), a.category() == null ? null : m.get(a.category().labelKey()))
            .field(m.get("project.purpose"), a.purpose())
            .field(m.get("project.overview"), a.overview())
            .field(m.get("project.legalBasis"), a.legalBasis())
            .field(m.get("project.implementingBody"), a.implementingBody())
            .field(m.get("project.periodStart"), a.periodStart())
            .field(m.get("project.periodEnd"), a.periodEnd())
            .field(m.get("project.annualBudget"), a.annualBudget() == null ? null : a.annualBudget().formatYuan())
            .table(costs)
            .table(indicators);
        for (ProjectApplicationDetails.CostLine l : a.costLines()) {
            snapshot.row(costs, DocumentSnapshot.line()
                .put(m.get("draft.functionCode"), l.functionCode() + " " + l.functionName())
                .put(m.get("draft.economicCode"), l.economicCode() + " " + l.economicName())
                .put(m.get("draft.amount"), l.amount().formatYuan())
                .put(m.get("project.costLine.note"), l.note()));
        }
        for (ProjectApplicationDetails.Indicator i : a.indicators()) {
            snapshot.row(indicators, DocumentSnapshot.line()
                .put(m.get("indicator.level1"), i.level1Name())
                .put(m.get("indicator.level2"), i.categoryCode().equals(i.level1Code()) ? null : i.categoryName())
                .put(m.get("indicator.level3"), i.name())
                .put(m.get("indicator.direction"), i.direction() == null ? null : i.direction().symbol())
                .put(m.get("indicator.target"), i.targetValue())
                .put(m.get("indicator.unit"), i.unit())
                .put(m.get("indicator.weight"), i.weight() == null ? null : i.weight().stripTrailingZeros().toPlainString())
                .put(m.get("indicator.note"), i.note()));
        }
        return snapshot;
    }
}
