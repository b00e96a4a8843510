package cn.nanchang.budgetflow.budget.ui;

import cn.nanchang.budgetflow.approval.ui.DocumentPageLayout;
import cn.nanchang.budgetflow.approval.ui.DocumentPageParts;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/** A budget draft read-only: what every document page shows, with the draft's lines and totals. */
@Route("budget-drafts/:id([0-9]+)")
class BudgetDraftView extends DocumentPageLayout<BudgetDraftDetails> implements HasDynamicTitle {

    BudgetDraftView(BudgetDraftService drafts, DocumentPageParts parts) {
        super(parts, drafts::get);
    }

    @Override
    protected Sheet sheet(long id, BudgetDraftDetails draft) {
        String title = getTranslation("doctype.sheetTitle", draft.sectionName(), draft.fiscalYear(),
            getTranslation("document.type.BUDGET_DRAFT"));
        TotalsPanel totals = new TotalsPanel();
        totals.show(draft.totals());
        return new Sheet(title, numberLine(draft.number(), draft.drafterName()),
            new DocumentActions.Target(id, DocumentType.BUDGET_DRAFT, draft.status(), "draft", "doc.locked", null, null)
                .titled(draft.number(), title),
            List.of(new H3(getTranslation("doc.lines")), linesGrid(draft), totals));
    }

    private Grid<BudgetDraftDetails.Line> linesGrid(BudgetDraftDetails draft) {
        Grid<BudgetDraftDetails.Line> grid = new Grid<>();
        grid.setId("lines-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(BudgetDraftDetails.Line::lineNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.functionCode() + " " + l.functionName()).setHeader(getTranslation("draft.functionCode")).setAutoWidth(true);
        grid.addColumn(l -> l.economicCode() + " " + l.economicName()).setHeader(getTranslation("draft.economicCode")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.kind().labelKey())).setHeader(getTranslation("draft.kind")).setAutoWidth(true);
        grid.addColumn(l -> l.projectCode() == null ? "" : l.projectCode() + " " + l.projectName())
            .setHeader(getTranslation("draft.project")).setAutoWidth(true);
        grid.addColumn(l -> l.amount().formatYuan()).setHeader(getTranslation("draft.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> Formats.wan(l.amount())).setHeader(getTranslation("common.wanyuan")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(BudgetDraftDetails.Line::note).setHeader(getTranslation("draft.note"));
        grid.setItems(draft.lines());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.budgetDraft");
    }
}
