package cn.nanchang.budgetflow.adjustment.ui;

import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentDetails;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentService;
import cn.nanchang.budgetflow.approval.ui.DocumentPageLayout;
import cn.nanchang.budgetflow.approval.ui.DocumentPageParts;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget adjustment read-only on the shared document page: kind and scope under the title,
 * the texts, and the 调减 and 调增 rows with their sums. Submitting and withdrawing go through the
 * adjustment's own service, which checks the 指标's 可用 again first.
 */
@Route("budget-adjustments/:id([0-9]+)")
class BudgetAdjustmentView extends DocumentPageLayout<BudgetAdjustmentDetails> implements HasDynamicTitle {

    private final BudgetAdjustmentService adjustments;

    BudgetAdjustmentView(BudgetAdjustmentService adjustments, DocumentPageParts parts) {
        super(parts, adjustments::get);
        this.adjustments = adjustments;
    }

    @Override
    protected Sheet sheet(long id, BudgetAdjustmentDetails a) {
        String title = getTranslation("doctype.sheetTitle", a.sectionName(), a.fiscalYear(),
            getTranslation("document.type.BUDGET_ADJUSTMENT"));
        Span facts = new Span(getTranslation("adjustment.field.adjustmentKind") + "：" + getTranslation(a.kind().labelKey())
            + " · " + getTranslation("adjustment.field.scope") + "：" + getTranslation(a.scope().labelKey()));
        facts.setId("routing-facts");
        if (a.routingReason() != null) {
            facts.setText(facts.getText() + " · " + a.routingReason());
        }
        if (a.financeBureauApproval()) {
            Span finance = new Span(getTranslation("adjustment.field.financeBureauApproval"));
            finance.getElement().getThemeList().add("badge contrast");
            finance.setId("finance-bureau-approval");
            return sheet(id, a, title, numberLine(a.number(), a.drafterName(), facts, finance));
        }
        return sheet(id, a, title, numberLine(a.number(), a.drafterName(), facts));
    }

    private Sheet sheet(long id, BudgetAdjustmentDetails a, String title, Component facts) {
        return new Sheet(title, facts,
            new DocumentActions.Target(id, DocumentType.BUDGET_ADJUSTMENT, a.status(), "adjustment", "adjustment.locked",
                () -> adjustments.submit(id), () -> adjustments.withdraw(id)).titled(a.number(), title),
            details(a));
    }

    private List<Component> details(BudgetAdjustmentDetails a) {
        List<Component> details = new ArrayList<>();
        details.add(text("reason", a.reason()));
        details.add(text("basis", a.basis()));
        if (a.performanceChange() != null) {
            details.add(text("performanceChange", a.performanceChange()));
        }
        if (a.fundingSource() != null) {
            details.add(text("fundingSource", a.fundingSource()));
        }
        details.add(new H3(getTranslation("adjustment.rows")));
        details.add(grid(a.rows()));
        Div sums = new Div(getTranslation("adjustment.sums", a.decreased().formatYuan(), a.increased().formatYuan()));
        sums.setId("adjustment-sums");
        details.add(sums);
        return details;
    }

    private Div text(String field, String value) {
        Div div = new Div(getTranslation("adjustment.field." + field) + "：" + value);
        div.setId("adjustment-" + field);
        return div;
    }

    private Grid<BudgetAdjustmentDetails.Row> grid(List<BudgetAdjustmentDetails.Row> rows) {
        Grid<BudgetAdjustmentDetails.Row> grid = new Grid<>();
        grid.setId("adjustment-rows-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(BudgetAdjustmentDetails.Row::rowNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.direction().labelKey())).setHeader(getTranslation("adjustment.field.direction"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.newLine() ? getTranslation("adjustment.newLine") : String.valueOf(r.indicatorId()))
            .setHeader(getTranslation("adjustment.field.indicator")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("adjustment.field.kind"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BudgetAdjustmentDetails.Row::lineLabel).setHeader(getTranslation("adjustment.field.line"))
            .setFlexGrow(2);
        grid.addColumn(r -> Formats.wan(r.amount())).setHeader(getTranslation("common.wanyuan"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.adjustment");
    }
}
