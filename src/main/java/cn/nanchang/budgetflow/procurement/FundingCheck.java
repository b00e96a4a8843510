package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether the budget lines named by a plan's items may fund them: each must be a line of an
 * APPROVED budget draft of the plan's section and year, of an economic class that may pay for the
 * item's category ({@link FundingClasses}: never salaries), and the items funded by one line may
 * not together exceed what the line's 指标 has 可用 for this plan: its 可用 in the ledger plus
 * what this plan already holds frozen there (a returned plan keeps its freeze while it is revised).
 *
 * <p>This is the check at saving; it locks nothing. The money itself is secured by the ledger's
 * freeze at submission ({@link ProcurementFreezes}), which locks the 指标 and refuses with a 409
 * naming the shortfall when another plan took the money meanwhile.
 */
@Component
class FundingCheck {

    private final ApprovedBudgetLines lines;
    private final LedgerMoves ledger;
    private final FundingClasses classes;
    private final Messages messages;

    FundingCheck(ApprovedBudgetLines lines, LedgerMoves ledger, FundingClasses classes, Messages messages) {
        this.lines = lines;
        this.ledger = ledger;
        this.classes = classes;
        this.messages = messages;
    }

    /**
     * Adds a problem per item whose line does not qualify or is overdrawn. {@code items} is in
     * input order with null for items that already failed their field checks; {@code planId} is
     * null for a plan not yet stored.
     */
    void check(String sectionCode, Integer fiscalYear, Long planId, List<ValidItem> items, List<FieldViolation> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        items.stream().filter(Objects::nonNull).forEach(i -> ids.add(i.fundingLineId()));
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, ApprovedBudgetLine> approved = lines.byId(ids);
        FundingClasses.Rules rules = classes.rules();
        Map<Long, Money> thisPlan = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ValidItem item = items.get(i);
            if (item == null) {
                continue;
            }
            ApprovedBudgetLine line = approved.get(item.fundingLineId());
            if (line == null || !line.sectionCode().equals(sectionCode)
                    || (fiscalYear != null && line.fiscalYear() != fiscalYear)) {
                problems.add(new FieldViolation("items[" + i + "].fundingLineId", fiscalYear == null
                    ? messages.get("doctype.procurement.fundingLineInvalid", String.valueOf(item.fundingLineId()))
                    : messages.get("doctype.procurement.fundingLineInvalidYear", String.valueOf(fiscalYear),
                        String.valueOf(item.fundingLineId()))));
            } else if (!rules.mayFund(line.economicCode(), item.category())) {
                problems.add(new FieldViolation("items[" + i + "].fundingLineId", messages.get(
                    "doctype.procurement.fundingClassInvalid", line.label(), messages.get(item.category().labelKey()),
                    rules.classesFor(item.category()))));
            } else {
                thisPlan.merge(line.lineId(), item.amount(), Money::plus);
            }
        }
        checkSums(approved, thisPlan, availableFor(approved.values(), planId), items, problems);
    }

    /**
     * What each line's 指标 has 可用 for this plan ({@code planId} null: a plan not yet stored): its
     * 可用 plus what the plan already holds frozen on it. A line not yet issued as an 指标 has its
     * whole approved amount.
     */
    Map<Long, Money> availableFor(Collection<ApprovedBudgetLine> approved, Long planId) {
        Map<Long, Money> available = ledger.availableByLine(approved.stream().map(ApprovedBudgetLine::lineId).toList());
        Map<Long, Money> out = new HashMap<>();
        for (ApprovedBudgetLine line : approved) {
            Money ledgerAvailable = available.get(line.lineId());
            out.put(line.lineId(), ledgerAvailable == null ? line.amount()
                : planId == null ? ledgerAvailable : ledgerAvailable.plus(ledger.frozenBy(planId, line.lineId())));
        }
        return out;
    }

    private void checkSums(Map<Long, ApprovedBudgetLine> approved, Map<Long, Money> thisPlan,
            Map<Long, Money> available, List<ValidItem> items, List<FieldViolation> problems) {
        thisPlan.forEach((lineId, planned) -> {
            ApprovedBudgetLine line = approved.get(lineId);
            Money left = available.get(lineId);
            Money excess = planned.minus(left);
            if (!excess.isPositive()) {
                return;
            }
            String message = messages.get("doctype.procurement.fundingOverdrawn", line.label(), line.amount().formatYuan(),
                left.formatYuan(), planned.formatYuan(), excess.formatYuan());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null && items.get(i).fundingLineId() == lineId) {
                    problems.add(new FieldViolation("items[" + i + "].amount", message));
                }
            }
        });
    }
}
