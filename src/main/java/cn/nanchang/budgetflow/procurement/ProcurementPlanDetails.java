package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.document.DocumentDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A plan as pages and the API show it, read in one transaction: items with their funding line
 * and flags, totals by category, the intention notices, and the routing facts it will be
 * decided on.
 */
public record ProcurementPlanDetails(long id, String number, String sectionCode, String sectionName, int fiscalYear,
        DocumentStatus status, long version, String drafter, String drafterName, List<Item> items, CategoryTotals totals,
        List<IntentionNotice> intentions, String routingMethod, boolean methodChanged, Instant createdAt,
        Instant updatedAt) implements DocumentDetails {

    public Money total() {
        return totals.total();
    }

    /**
     * One item. {@code fundingLine} is null only if the line can no longer be read as approved.
     * {@code outsideGovernmentProcurement}: below the decentralised limit and outside the
     * catalogue (不属于政府采购); no procedure and no intention notice.
     */
    public record Item(int itemNo, ProcurementCategory category, String name, BigDecimal quantity, String unit,
            Money amount, ProcurementMethod method, OrganisationForm organisationForm, boolean inCatalogue,
            long fundingLineId, ApprovedBudgetLine fundingLine, YearMonth startMonth, String demandOverview,
            String methodChangeJustification, boolean outsideGovernmentProcurement) {
    }
}
