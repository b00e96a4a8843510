package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The most ids in one IN list. */
    private static final int CHUNK = 1000;

    private final ApprovedBudgetLines lines;
    private final PolicyThresholds thresholds;
    private final OrganizationService organization;

    ProcurementPlanReader(ApprovedBudgetLines lines, PolicyThresholds thresholds, OrganizationService organization) {
        this.lines = lines;
        this.thresholds = thresholds;
        this.organization = organization;
    }

    ProcurementPlanDetails details(ProcurementPlan plan) {
        return details(plan, ProcurementLimits.of(thresholds), lines.byId(fundingIds(List.of(plan))),
            organization.displayName(plan.getDrafter()));
    }

    /**
     * Several plans with one query for all their funding lines and one for their drafters' names, not
     * one of each per plan; their items come in batches ({@code @BatchSize} on the collection).
     */
    List<ProcurementPlanDetails> details(List<ProcurementPlan> plans) {
        ProcurementLimits limits = ProcurementLimits.of(thresholds);
        List<Long> ids = fundingIds(plans);
        Map<Long, ApprovedBudgetLine> funding = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            funding.putAll(lines.byId(ids.subList(from, Math.min(from + CHUNK, ids.size()))));
        }
        Map<String, String> names = organization.displayNames(plans.stream().map(ProcurementPlan::getDrafter).distinct().toList());
        return plans.stream().map(p -> details(p, limits, funding, names.get(p.getDrafter()))).toList();
    }

    private static List<Long> fundingIds(List<ProcurementPlan> plans) {
        return plans.stream().flatMap(p -> p.getItems().stream()).map(ProcurementItem::getFundingLineId).distinct().toList();
    }

    private ProcurementPlanDetails details(ProcurementPlan plan, ProcurementLimits limits, Map<Long, ApprovedBudgetLine> funding,
            String drafterName) {
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
            drafterName, items,
            CategoryTotals.of(plan.getItems().stream().map(ProcurementItem::toValid).toList()), intentions,
            plan.routingProcurementMethod(), plan.routingMethodChanged(), plan.getCreatedAt(), plan.getUpdatedAt());
    }
}
