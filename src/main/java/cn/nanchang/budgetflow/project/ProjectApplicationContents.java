package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentContents;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A project application on pages that show any document, such as the approval sheet: the
 * project's particulars, its cost lines with their total, and the performance-target table.
 */
@Component
class ProjectApplicationContents implements DocumentContents {

    private final ProjectApplicationService applications;
    private final Messages m;

    ProjectApplicationContents(ProjectApplicationService applications, Messages messages) {
        this.applications = applications;
        this.m = messages;
    }

    @Override
    public DocumentType type() {
        return DocumentType.PROJECT_APPLICATION;
    }

    @Override
    public List<ContentTable> tables(long documentId) {
        ProjectApplicationDetails a = applications.get(documentId);
        return List.of(particulars(a), costs(a), indicators(a));
    }

    private ContentTable particulars(ProjectApplicationDetails a) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.get("project.name"), a.name()));
        rows.add(List.of(m.get("project.category"), m.get(a.category().labelKey())));
        rows.add(List.of(m.get("project.implementingBody"), text(a.implementingBody())));
        rows.add(List.of(m.get("project.period"), m.get("project.periodValue", a.periodStart().getYear(),
            a.periodStart().getMonthValue(), a.periodEnd().getYear(), a.periodEnd().getMonthValue())));
        rows.add(List.of(m.get("project.annualBudgetLabel"),
            m.get("doctype.project.budgetYuanAndWan", a.annualBudget().formatYuan(), a.annualBudget().formatWanYuan())));
        rows.add(List.of(m.get("project.purpose"), text(a.purpose())));
        rows.add(List.of(m.get("project.overview"), text(a.overview())));
        rows.add(List.of(m.get("project.legalBasis"), text(a.legalBasis())));
        if (a.projectCode() != null) {
            rows.add(List.of(m.get("project.code"), a.projectCode()));
        }
        return new ContentTable(m.get("sheet.project"), List.of(m.get("sheet.item"), m.get("sheet.content")), rows, List.of());
    }

    private ContentTable costs(ProjectApplicationDetails a) {
        List<List<String>> rows = a.costLines().stream().map(l -> List.of(String.valueOf(l.lineNo()),
                l.functionCode() + " " + l.functionName(), l.economicCode() + " " + l.economicName(),
                l.amount().formatYuan(), l.amount().formatWanYuan(), text(l.note())))
            .toList();
        List<String> footer = List.of(m.get("sheet.total"), "", "", a.costTotal().formatYuan(),
            a.costTotal().formatWanYuan(), "");
        return new ContentTable(m.get("project.costLines"), List.of("#", m.get("draft.functionCode"),
            m.get("draft.economicCode"), m.get("draft.amount"), m.get("common.wanyuan"), m.get("project.costLine.note")),
            rows, footer);
    }

    private ContentTable indicators(ProjectApplicationDetails a) {
        List<List<String>> rows = a.indicators().stream().map(i -> List.of(i.level1Name(),
                i.categoryCode().equals(i.level1Code()) ? "" : i.categoryName(), i.name(), i.direction().symbol(),
                text(i.targetValue()), text(i.unit()), i.weight() == null ? "" : i.weight().stripTrailingZeros().toPlainString(),
                text(i.note())))
            .toList();
        return new ContentTable(m.get("project.indicators"), List.of(m.get("indicator.level1"), m.get("indicator.level2"),
            m.get("indicator.level3"), m.get("indicator.direction"), m.get("indicator.target"), m.get("indicator.unit"),
            m.get("indicator.weight"), m.get("indicator.note")), rows, List.of());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
