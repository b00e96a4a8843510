package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.UnitCeilings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** The year's calendar and 编制说明, and the bureau's documents: 控制数 (文号, date, amounts) and 批复. */
final class YearFacts {

    private YearFacts() {
    }

    static Div calendar(BudgetYearDetails d) {
        Div box = box("year-calendar", "years.calendar");
        box.add(fact("year-deadline-one-up", "years.deadline.ONE_UP", date(d.deadlines().get(BudgetRound.ONE_UP))));
        box.add(fact("year-deadline-two-up", "years.deadline.TWO_UP", date(d.deadlines().get(BudgetRound.TWO_UP))));
        if (d.publishDue() != null) {
            box.add(fact("year-publish-due", "years.publishDue", date(d.publishDue())));
        }
        box.add(fact("year-opened", "years.opened", d.openedByName() + " " + Formats.time(d.openedAt())));
        Paragraph instructions = new Paragraph(d.instructions());
        instructions.setId("year-instructions");
        instructions.addClassName("year-instructions");
        box.add(new H3(box.getTranslation("years.instructions")), instructions);
        return box;
    }

    static Div bureau(BudgetYearDetails d) {
        Div box = box("year-bureau", "years.bureau");
        BudgetYearDetails.BureauDocument ceilings = d.ceilings();
        box.add(fact("year-ceilings-ref", "years.ceilings.ref", ceilings == null ? box.getTranslation("years.none") : ceilings.ref()));
        if (ceilings != null) {
            box.add(fact("year-ceilings-date", "years.ceilings.date", date(ceilings.date())));
        }
        if (d.unitCeilings() != null) {
            box.add(unitCeilings(box, d.unitCeilings()));
        }
        BudgetYearDetails.BureauDocument approval = d.approval();
        box.add(fact("year-approval-ref", "years.approval.ref", approval == null ? box.getTranslation("years.none") : approval.ref()));
        if (approval != null) {
            box.add(fact("year-approval-date", "years.approval.date", date(approval.date())));
        }
        return box;
    }

    private static Div unitCeilings(Component host, UnitCeilings ceilings) {
        Div list = new Div();
        list.setId("year-unit-ceilings");
        list.addClassName("year-unit-ceilings");
        Money total = Money.ZERO;
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            Money amount = ceilings.byKind().getOrDefault(kind, Money.ZERO);
            total = total.plus(amount);
            list.add(fact("year-ceiling-" + kind.name(), kind.labelKey(), Formats.wan(amount) + " " + host.getTranslation("years.wan")));
        }
        list.add(fact("year-ceiling-total", "years.total", Formats.wan(total) + " " + host.getTranslation("years.wan")));
        ceilings.projects().forEach(p -> list.add(fact(null, "years.ceilings.projectOf",
            p.projectCode() + " " + p.projectName() + "：" + Formats.wan(p.amount()) + " " + host.getTranslation("years.wan"))));
        return list;
    }

    private static Div box(String id, String titleKey) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("year-box");
        box.add(new H3(box.getTranslation(titleKey)));
        return box;
    }

    /** A label and its value on one line; the value carries the id, so a test reads it alone. */
    private static Div fact(String id, String labelKey, String value) {
        Span label = new Span();
        label.setText(label.getTranslation(labelKey) + "：");
        label.addClassName("year-fact-label");
        Span text = new Span(value == null ? "" : value);
        if (id != null) {
            text.setId(id);
        }
        Div line = new Div(label, text);
        line.addClassName("year-fact");
        return line;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
