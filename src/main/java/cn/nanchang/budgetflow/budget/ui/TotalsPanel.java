package cn.nanchang.budgetflow.budget.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budget.BudgetTotals;
import cn.nanchang.budgetflow.budget.DraftPreview;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/** Totals in 万元: overall, by kind, by function class and by economic class; and how many lines they leave out. */
class TotalsPanel extends Div {

    TotalsPanel() {
        setId("totals");
        addClassName("totals-panel");
    }

    void show(BudgetTotals totals) {
        show(new DraftPreview(totals, List.of()));
    }

    void show(DraftPreview preview) {
        removeAll();
        BudgetTotals totals = preview.totals();
        Span total = new Span(getTranslation("draft.totals") + "：" + Formats.wan(totals.total()));
        total.setId("total-wan");
        total.addClassName("totals-grand");
        add(total);
        Div byKind = group("draft.totals.byKind");
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            byKind.add(row(getTranslation(kind.labelKey()), totals.kind(kind), "kind-" + kind.name()));
        }
        add(byKind, classes("draft.totals.byFunction", totals.byFunctionClass()),
            classes("draft.totals.byEconomic", totals.byEconomicClass()));
        if (!preview.unfinished().isEmpty()) {
            Span note = new Span(getTranslation("draft.totals.unfinished", preview.unfinished().size()));
            note.setId("totals-unfinished");
            note.getStyle().set("width", "100%").set("color", "var(--lumo-error-text-color)");
            add(note);
        }
    }

    private Div classes(String titleKey, Map<String, Money> sums) {
        Div group = group(titleKey);
        sums.forEach((label, amount) -> group.add(row(label, amount, null)));
        return group;
    }

    private Div group(String titleKey) {
        Div group = new Div(new H4(getTranslation(titleKey)));
        group.addClassName("totals-group");
        return group;
    }

    private Div row(String label, Money amount, String id) {
        Span value = new Span(Formats.wan(amount));
        value.addClassName("totals-value");
        if (id != null) {
            value.setId("total-" + id);
        }
        Div row = new Div(new Span(label), value);
        row.addClassName("totals-row");
        return row;
    }
}
