package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The application's header fields, read-only, as in the published 项目绩效情况 text. */
class ProjectSummary extends Div {

    ProjectSummary(ProjectApplicationDetails a) {
        setId("project-summary");
        addClassName("project-summary");
        add(withHint(field("doc-number", "common.number", a.number()), "common.number.hint"),
            field("project-section", "common.section", a.sectionName() + " · " + a.fiscalYear() + getTranslation("project.yearSuffix")),
            field("project-category", "project.category", getTranslation(a.category().labelKey())),
            field("project-body", "project.implementingBody", a.implementingBody()),
            field("project-period", "project.period", getTranslation("project.periodValue", a.periodStart().getYear(), a.periodStart().getMonthValue(),
                a.periodEnd().getYear(), a.periodEnd().getMonthValue())),
            field("project-budget", "project.annualBudgetLabel",
                getTranslation("doctype.project.budgetWanAndYuan", Formats.wan(a.annualBudget()), a.annualBudget().formatYuan())),
            field("doc-drafter", "common.drafter", a.drafterName()));
        if (a.projectCode() != null) {
            add(withHint(field("project-code", "project.code", a.projectCode()), "project.code.hint"));
        }
        if (a.purpose() != null) {
            add(text("project-purpose", "project.purpose", a.purpose()));
        }
        add(text("project-overview", "project.overview", a.overview()), text("project-basis", "project.legalBasis", a.legalBasis()));
    }

    private Div field(String id, String labelKey, String value) {
        Span v = new Span(value);
        v.setId(id);
        Div row = new Div(new Span(getTranslation(labelKey) + "："), v);
        row.addClassName("summary-field");
        return row;
    }

    /** The two numbers of a project are easily confused: each says what it is when pointed at. */
    private Div withHint(Div row, String hintKey) {
        row.getElement().setAttribute("title", getTranslation(hintKey));
        return row;
    }

    private Div text(String id, String labelKey, String value) {
        Paragraph p = new Paragraph(value);
        p.setId(id);
        Div block = new Div(new Span(getTranslation(labelKey) + "："), p);
        block.addClassName("summary-text");
        return block;
    }
}
