package cn.nanchang.budgetflow.procurement.api;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.procurement.IntentionNotice;
import cn.nanchang.budgetflow.procurement.ProcurementCategory;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/** A plan as the API answers it; amounts are yuan as exact decimal strings, codes with their Chinese names. */
record PlanResponse(long id, String type, String number, String section, String sectionName, int fiscalYear,
        String status, long version, String drafter, String drafterName, String totalAmount,
        Map<String, String> totalsByCategory, String routingMethod, boolean methodChanged, List<ItemResponse> items,
        List<IntentionResponse> intentions, Instant createdAt, Instant updatedAt) {

    static PlanResponse of(ProcurementPlanDetails d, Messages messages) {
        Map<String, String> byCategory = new LinkedHashMap<>();
        for (ProcurementCategory c : ProcurementCategory.values()) {
            byCategory.put(c.name(), d.totals().category(c).toString());
        }
        return new PlanResponse(d.id(), DocumentType.PROCUREMENT_PLAN.name(), d.number(), d.sectionCode(), d.sectionName(),
            d.fiscalYear(), d.status().name(), d.version(), d.drafter(), d.drafterName(), d.total().toString(), byCategory,
            d.routingMethod(), d.methodChanged(), d.items().stream().map(i -> ItemResponse.of(i, messages)).toList(),
            d.intentions().stream().map(n -> IntentionResponse.of(n, messages)).toList(), d.createdAt(), d.updatedAt());
    }

    /**
     * One item; {@code flag} is "不属于政府采购" when outsideGovernmentProcurement holds, otherwise null;
     * {@code methodChangeJustification} only where the method was changed; {@code fundingLine} null only if
     * the line can no longer be read as approved.
     */
    record ItemResponse(int itemNo, String category, String categoryName, String name, String quantity, String unit,
            String amount, String method, String methodName, String organisationForm, String organisationFormName,
            boolean inCatalogue, long fundingLineId, @Nullable FundingLineResponse fundingLine, String startMonth,
            @Nullable String demandOverview, @Nullable String methodChangeJustification, boolean outsideGovernmentProcurement,
            @Nullable String flag) {

        static ItemResponse of(ProcurementPlanDetails.Item i, Messages messages) {
            return new ItemResponse(i.itemNo(), i.category().name(), messages.get(i.category().labelKey()), i.name(),
                i.quantity().stripTrailingZeros().toPlainString(), i.unit(), i.amount().toString(), i.method().name(),
                i.method().chineseName(), i.organisationForm().name(), messages.get(i.organisationForm().labelKey()),
                i.inCatalogue(), i.fundingLineId(), FundingLineResponse.of(i.fundingLine()), i.startMonth().toString(),
                i.demandOverview(), i.methodChangeJustification(), i.outsideGovernmentProcurement(),
                i.outsideGovernmentProcurement() ? messages.get("procurement.flag.outside") : null);
        }
    }

    record FundingLineResponse(long id, String draftNumber, int lineNo, String functionCode, String economicCode,
            String kind, String amount, String label) {

        static FundingLineResponse of(ApprovedBudgetLine l) {
            return l == null ? null : new FundingLineResponse(l.lineId(), l.draftNumber(), l.lineNo(), l.functionCode(),
                l.economicCode(), l.kind().name(), l.amount().toString(), l.label());
        }
    }

    /** A procurement-intention notice: what is published, and the latest day to publish it. */
    record IntentionResponse(int itemNo, String name, String demandOverview, String budgetAmount, String budgetWanYuan,
            String expectedStart, String expectedTime, LocalDate publishBy) {

        static IntentionResponse of(IntentionNotice n, Messages messages) {
            return new IntentionResponse(n.itemNo(), n.name(), n.demandOverview(), n.budget().toString(),
                n.budget().wanYuan().toPlainString(), n.expectedStart().toString(),
                messages.get("doctype.yearMonth", n.expectedStart().getYear(), n.expectedStart().getMonthValue()), n.publishBy());
        }
    }
}
