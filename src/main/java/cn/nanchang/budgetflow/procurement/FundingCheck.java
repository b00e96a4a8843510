package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether the budget lines named by a plan's items may fund them: each must be a line of an
 * APPROVED budget draft of the plan's section and year, and the items funded by one line may
 * not together exceed it.
 *
 * <p>What a line already funds: this plan's items plus the items of every other plan that has
 * been submitted and not withdrawn, i.e. IN_REVIEW, RETURNED (it is expected back) or APPROVED.
 * A plan in DRAFT, never submitted or withdrawn, reserves nothing, so an abandoned draft cannot
 * block a line; in exchange the check runs again at every submission, under a lock on the lines,
 * so that two drafts that each fit cannot both be submitted when together they do not.
 */
@Component
class FundingCheck {

    static final Set<DocumentStatus> RESERVING = Set.of(DocumentStatus.IN_REVIEW, DocumentStatus.RETURNED,
        DocumentStatus.APPROVED);

    private final ApprovedBudgetLines lines;
    private final ProcurementPlanRepository plans;
    private final Messages messages;

    FundingCheck(ApprovedBudgetLines lines, ProcurementPlanRepository plans, Messages messages) {
        this.lines = lines;
        this.plans = plans;
        this.messages = messages;
    }

    /**
     * Adds a problem per item whose line does not qualify or is overdrawn. {@code items} is in
     * input order with null for items that already failed their field checks; {@code planId} is
     * null for a plan not yet stored. With {@code lock}, the lines stay locked until the caller's
     * transaction ends.
     */
    void check(String sectionCode, Integer fiscalYear, Long planId, List<ValidItem> items, boolean lock,
            List<FieldViolation> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        items.stream().filter(Objects::nonNull).forEach(i -> ids.add(i.fundingLineId()));
        if (ids.isEmpty()) {
            return;
        }
        if (lock) {
            lines.lockForSpending(ids);
        }
        Map<Long, ApprovedBudgetLine> approved = lines.byId(ids);
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
            } else {
                thisPlan.merge(line.lineId(), item.amount(), Money::plus);
            }
        }
        checkSums(approved, thisPlan, committedElsewhere(thisPlan.keySet(), planId), items, problems);
    }

    /** What other submitted plans already draw from each line; lines without any are absent. */
    Map<Long, Money> committedElsewhere(Set<Long> lineIds, Long planId) {
        Map<Long, Money> out = new HashMap<>();
        if (lineIds.isEmpty()) {
            return out;
        }
        for (Object[] row : plans.committedElsewhere(lineIds, planId == null ? -1L : planId, RESERVING)) {
            out.put((Long) row[0], new Money((BigDecimal) row[1]));
        }
        return out;
    }

    private void checkSums(Map<Long, ApprovedBudgetLine> approved, Map<Long, Money> thisPlan,
            Map<Long, Money> elsewhere, List<ValidItem> items, List<FieldViolation> problems) {
        thisPlan.forEach((lineId, planned) -> {
            ApprovedBudgetLine line = approved.get(lineId);
            Money others = elsewhere.getOrDefault(lineId, Money.ZERO);
            Money excess = planned.plus(others).minus(line.amount());
            if (!excess.isPositive()) {
                return;
            }
            String message = messages.get("doctype.procurement.fundingOverdrawn", line.label(), line.amount().formatYuan(),
                others.formatYuan(), planned.formatYuan(), excess.formatYuan());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null && items.get(i).fundingLineId() == lineId) {
                    problems.add(new FieldViolation("items[" + i + "].amount", message));
                }
            }
        });
    }
}
