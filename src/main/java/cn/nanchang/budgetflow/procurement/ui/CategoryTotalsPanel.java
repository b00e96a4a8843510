package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.procurement.CategoryTotals;
import cn.nanchang.budgetflow.procurement.ProcurementCategory;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** A plan's total and its goods, works and services in 万元. */
class CategoryTotalsPanel extends Div {

    CategoryTotalsPanel() {
        setId("totals");
        addClassName("totals-panel");
    }

    void show(CategoryTotals totals) {
        removeAll();
        Span total = new Span(getTranslation("procurement.totals") + "：" + Formats.wan(totals.total()));
        total.setId("total-wan");
        total.addClassName("totals-grand");
        Div group = new Div(new H4(getTranslation("procurement.totals.byCategory")));
        group.addClassName("totals-group");
        for (ProcurementCategory c : ProcurementCategory.values()) {
            group.add(row(getTranslation(c.labelKey()), totals.category(c), "total-category-" + c.name()));
        }
        add(total, group);
    }

    private static Div row(String label, Money amount, String id) {
        Span value = new Span(Formats.wan(amount));
        value.addClassName("totals-value");
        value.setId(id);
        Div row = new Div(new Span(label), value);
        row.addClassName("totals-row");
        return row;
    }
}
