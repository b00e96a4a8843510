package cn.nanchang.budgetflow.budget.ui;

import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.ui.DocumentTrail;
import cn.nanchang.budgetflow.approval.ui.OperationServices;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workbench.DocumentExports;
import cn.nanchang.budgetflow.workbench.ui.DocumentLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A budget draft read-only: header, lines, totals, the drafter's actions, the review form when
 * the reader holds a task on it, and the history timeline.
 */
@Route("budget-drafts/:id([0-9]+)")
@PageTitle("预算草案 · 预算审批系统")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class BudgetDraftView extends VerticalLayout implements BeforeEnterObserver {

    private final BudgetDraftService drafts;
    private final DocumentLifecycle lifecycle;
    private final DocumentReview review;
    private final DocumentHistory history;
    private final DocumentExports exports;
    private final CurrentActor currentActor;
    private final OperationServices operationServices;
    private long id;

    BudgetDraftView(BudgetDraftService drafts, DocumentLifecycle lifecycle, DocumentReview review,
            DocumentHistory history, DocumentExports exports, CurrentActor currentActor, OperationServices operationServices) {
        this.operationServices = operationServices;
        this.drafts = drafts;
        this.lifecycle = lifecycle;
        this.review = review;
        this.history = history;
        this.exports = exports;
        this.currentActor = currentActor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            render();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        BudgetDraftDetails draft = drafts.get(id);
        H2 title = new H2(draft.sectionName() + " " + draft.fiscalYear() + "年度" + getTranslation("document.type.BUDGET_DRAFT"));
        StatusBadge status = new StatusBadge(draft.status());
        status.setId("doc-status");
        Span number = new Span(getTranslation("common.number") + "：" + draft.number());
        number.setId("doc-number");
        Span drafter = new Span(getTranslation("common.drafter") + "：" + draft.drafterName());
        add(new HorizontalLayout(title, status), new HorizontalLayout(number, drafter));
        add(new DocumentActions(new DocumentActions.Target(id, DocumentType.BUDGET_DRAFT, draft.drafter(), draft.status(),
            "draft", "doc.locked", null, null).titled(draft.number(), title.getText()), lifecycle, currentActor, history, this::render,
            DocumentLinks.of(id, exports)));
        add(DocumentTrail.progress(id, operationServices));
        add(new H3(getTranslation("doc.lines")), linesGrid(draft));
        TotalsPanel totals = new TotalsPanel();
        totals.show(draft.totals());
        add(totals);
        add(new DocumentTrail(id, review, history, currentActor, operationServices, this::render));
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
}
