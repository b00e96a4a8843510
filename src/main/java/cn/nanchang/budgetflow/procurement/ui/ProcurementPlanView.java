package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.approval.CollectiveDecision;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.ui.DocumentTrail;
import cn.nanchang.budgetflow.approval.ui.OperationServices;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workbench.DocumentExports;
import cn.nanchang.budgetflow.workbench.ui.DocumentLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A procurement plan read-only: header, items with their flags, totals by category, the
 * intention notices, the drafter's actions, the review form when the reader holds a task on it,
 * the recorded collective decisions and the history timeline.
 */
@Route("procurement-plans/:id([0-9]+)")
@PageTitle("政府采购计划 · 预算审批系统")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class ProcurementPlanView extends VerticalLayout implements BeforeEnterObserver {

    private final ProcurementPlanService plans;
    private final DocumentLifecycle lifecycle;
    private final DocumentReview review;
    private final DocumentHistory history;
    private final DocumentExports exports;
    private final CurrentActor currentActor;
    private final OperationServices operationServices;
    private final Clock clock;
    private long id;

    ProcurementPlanView(ProcurementPlanService plans, DocumentLifecycle lifecycle, DocumentReview review,
            DocumentHistory history, DocumentExports exports, CurrentActor currentActor, Clock clock, OperationServices operationServices) {
        this.operationServices = operationServices;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.review = review;
        this.history = history;
        this.exports = exports;
        this.currentActor = currentActor;
        this.clock = clock;
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
        ProcurementPlanDetails plan = plans.get(id);
        H2 title = new H2(plan.sectionName() + " " + plan.fiscalYear() + "年度" + getTranslation("document.type.PROCUREMENT_PLAN"));
        StatusBadge status = new StatusBadge(plan.status());
        status.setId("doc-status");
        Span number = new Span(getTranslation("common.number") + "：" + plan.number());
        number.setId("doc-number");
        Span drafter = new Span(getTranslation("common.drafter") + "：" + plan.drafterName());
        add(new HorizontalLayout(title, status), new HorizontalLayout(number, drafter, routing(plan)));
        add(new DocumentActions(new DocumentActions.Target(id, DocumentType.PROCUREMENT_PLAN, plan.drafter(), plan.status(),
            "plan", "procurement.locked", () -> plans.submit(id), () -> plans.withdraw(id)).titled(plan.number(), title.getText()), lifecycle, currentActor, history,
            this::render, DocumentLinks.of(id, exports)));
        add(DocumentTrail.progress(id, operationServices));
        add(new H3(getTranslation("procurement.items")), new ItemsGrid(plan.items()));
        plan.items().stream().filter(i -> i.methodChangeJustification() != null).forEach(i -> {
            Div justification = new Div(getTranslation("procurement.item.justification") + "（#" + i.itemNo() + " "
                + i.name() + "）：" + i.methodChangeJustification());
            justification.addClassName("item-justification-text");
            add(justification);
        });
        CategoryTotalsPanel totals = new CategoryTotalsPanel();
        totals.show(plan.totals());
        add(totals, new IntentionsPanel(plan.intentions(), LocalDate.now(clock)));
        add(new DocumentTrail(id, review, history, currentActor, operationServices, this::render));
    }

    private Span routing(ProcurementPlanDetails plan) {
        Span routing = new Span(getTranslation("procurement.routing.method") + "：" + plan.routingMethod()
            + (plan.methodChanged() ? "（" + getTranslation("procurement.routing.changed") + "）" : ""));
        routing.setId("routing-facts");
        return routing;
    }


}
