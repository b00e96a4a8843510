package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what a page or the API shows of a plan: the flags and intention notices are computed
 * on reading, with the limits in force then, so that a threshold change shows at once.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ProcurementPlanReader {

    private final ApprovedBudgetLines lines;
    private final PolicyThresholds thresholds;
    private final OrganizationService organization;

    ProcurementPlanReader(ApprovedBudgetLines lines, PolicyThresholds thresholds, OrganizationService organization) {
        this.lines = lines;
        this.thresholds = thresholds;
        this.organization = organization;
    }

    ProcurementPlanDetails details(ProcurementPlan plan) {
        ProcurementLimits limits = ProcurementLimits.of(thresholds);
        Map<Long, ApprovedBudgetLine> funding = lines.byId(
            plan.getItems().stream().map(ProcurementItem::getFundingLineId).distinct().toList());
        List<ProcurementPlanDetails.Item> items = new ArrayList<>();
        List<IntentionNotice> intentions = new ArrayList<>();
        for (ProcurementItem i : plan.getItems()) {
            boolean outside = limits.outsideGovernmentProcurement(i.getCategory(), i.getAmount(), i.isInCatalogue());
            items.add(new ProcurementPlanDetails.Item(i.getItemNo(), i.getCategory(), i.getName(), i.getQuantity(),
                i.getUnit(), i.getAmount(), i.getMethod(), i.getOrganisationForm(), i.isInCatalogue(), i.getFundingLineId(),
                funding.get(i.getFundingLineId()), i.getStartMonth(), i.getDemandOverview(), i.getMethodChangeJustification(),
                outside));
            if (!outside) {
                intentions.add(IntentionNotice.of(i));
            }
        }
        return new ProcurementPlanDetails(plan.getId(), plan.getNumber(), plan.getSection().getCode(),
            plan.getSection().getName(), plan.getFiscalYear(), plan.getStatus(), plan.getVersion(), plan.getDrafter(),
            organization.displayName(plan.getDrafter()), items,
            CategoryTotals.of(plan.getItems().stream().map(ProcurementItem::toValid).toList()), intentions,
            plan.routingProcurementMethod(), plan.routingMethodChanged(), plan.getCreatedAt(), plan.getUpdatedAt());
    }
}
