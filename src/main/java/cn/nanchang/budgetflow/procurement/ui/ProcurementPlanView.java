package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.approval.ui.DocumentPageLayout;
import cn.nanchang.budgetflow.approval.ui.DocumentPageParts;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A procurement plan read-only: what every document page shows, with the routing facts, the
 * items with their flags and justifications, the totals by category and the intention notices.
 * Submitting and withdrawing go through the plan's own service, which checks its items first.
 */
@Route("procurement-plans/:id([0-9]+)")
class ProcurementPlanView extends DocumentPageLayout<ProcurementPlanDetails> implements HasDynamicTitle {

    private final ProcurementPlanService plans;
    private final Clock clock;

    ProcurementPlanView(ProcurementPlanService plans, Clock clock, DocumentPageParts parts) {
        super(parts, plans::get);
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    protected Sheet sheet(long id, ProcurementPlanDetails plan) {
        String title = getTranslation("doctype.sheetTitle", plan.sectionName(), plan.fiscalYear(),
            getTranslation("document.type.PROCUREMENT_PLAN"));
        return new Sheet(title, numberLine(plan.number(), plan.drafterName(), routing(plan)),
            new DocumentActions.Target(id, DocumentType.PROCUREMENT_PLAN, plan.status(), "plan", "procurement.locked",
                () -> plans.submit(id), () -> plans.withdraw(id)).titled(plan.number(), title),
            details(plan));
    }

    private List<Component> details(ProcurementPlanDetails plan) {
        List<Component> details = new ArrayList<>(List.of(new H3(getTranslation("procurement.items")), new ItemsGrid(plan.items())));
        plan.items().stream().filter(i -> i.methodChangeJustification() != null).forEach(i -> {
            Div justification = new Div(getTranslation("procurement.item.justification") + "（#" + i.itemNo() + " "
                + i.name() + "）：" + i.methodChangeJustification());
            justification.addClassName("item-justification-text");
            details.add(justification);
        });
        CategoryTotalsPanel totals = new CategoryTotalsPanel();
        totals.show(plan.totals());
        details.add(totals);
        details.add(new IntentionsPanel(plan.intentions(), LocalDate.now(clock)));
        return details;
    }

    private Span routing(ProcurementPlanDetails plan) {
        Span routing = new Span(getTranslation("procurement.routing.method") + "：" + plan.routingMethod()
            + (plan.methodChanged() ? "（" + getTranslation("procurement.routing.changed") + "）" : ""));
        routing.setId("routing-facts");
        return routing;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.procurementPlan");
    }
}
