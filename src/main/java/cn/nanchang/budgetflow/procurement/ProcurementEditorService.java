package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.AmountText;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the plan editor needs while a person types: funding lines to pick, the limits, live totals. */
@Service
@Transactional(readOnly = true)
@Roles.Staff
public class ProcurementEditorService {

    private final ApprovedBudgetLines lines;
    private final FundingCheck funding;
    private final FundingClasses classes;
    private final PolicyThresholds thresholds;
    private final CurrentActor currentActor;

    ProcurementEditorService(ApprovedBudgetLines lines, FundingCheck funding, FundingClasses classes,
            PolicyThresholds thresholds, CurrentActor currentActor) {
        this.lines = lines;
        this.funding = funding;
        this.classes = classes;
        this.thresholds = thresholds;
        this.currentActor = currentActor;
    }

    /**
     * The approved lines of the caller's section in the year, each with what already draws on its
     * 指标 apart from {@code planId}, the plan being edited (other plans' freezes, payments, 调减), and
     * the categories it may pay for. Lines whose economic class pays for no purchase (salaries) are left out.
     */
    public List<FundingOption> fundingOptions(int fiscalYear, Long planId) {
        FundingClasses.Rules rules = classes.rules();
        List<ApprovedBudgetLine> approved = lines.ofSection(currentActor.get().sectionCode(), fiscalYear).stream()
            .filter(l -> !rules.categoriesFor(l.economicCode()).isEmpty()).toList();
        Map<Long, Money> available = funding.availableFor(approved, planId);
        return approved.stream().map(l -> new FundingOption(l, l.amount().minus(available.get(l.lineId())),
            rules.categoriesFor(l.economicCode()))).toList();
    }

    public ProcurementLimits limits() {
        return ProcurementLimits.of(thresholds);
    }

    /** Totals by category of the items whose category and amount are already usable; the rest wait. */
    public CategoryTotals preview(List<ProcurementPlanInput.ItemInput> items) {
        List<ValidItem> usable = new ArrayList<>();
        for (ProcurementPlanInput.ItemInput item : items) {
            Money amount = parseAmount(item.amount());
            ProcurementCategory category = parseCategory(item.category());
            if (amount != null && category != null) {
                usable.add(new ValidItem(category, null, null, null, amount, null, null, false, 0, null, null, null));
            }
        }
        return CategoryTotals.of(usable);
    }

    private static Money parseAmount(String text) {
        BigDecimal value = AmountText.parse(text);
        return value != null && value.signum() > 0 && value.stripTrailingZeros().scale() <= 2 ? new Money(value.setScale(2)) : null;
    }

    private static ProcurementCategory parseCategory(String text) {
        try {
            return ProcurementCategory.valueOf(text);
        } catch (RuntimeException incomplete) {
            return null;
        }
    }
}
