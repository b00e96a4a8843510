package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentContents;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A procurement plan on pages that show any document, such as the approval sheet: its items with
 * category, method, form, funding line and amounts, the total by category, and the written
 * justification of every item that departs from 公开招标, since that is what the meeting decided on.
 */
@Component
class ProcurementPlanContents implements DocumentContents {

    private final ProcurementPlanService plans;
    private final Messages m;

    ProcurementPlanContents(ProcurementPlanService plans, Messages messages) {
        this.plans = plans;
        this.m = messages;
    }

    @Override
    public DocumentType type() {
        return DocumentType.PROCUREMENT_PLAN;
    }

    @Override
    public List<ContentTable> tables(long documentId) {
        ProcurementPlanDetails plan = plans.get(documentId);
        List<ContentTable> tables = new ArrayList<>(List.of(items(plan), byCategory(plan)));
        List<List<String>> justified = plan.items().stream()
            .filter(i -> i.methodChangeJustification() != null && !i.methodChangeJustification().isBlank())
            .map(i -> List.of(String.valueOf(i.itemNo()), i.name(), m.get(i.method().labelKey()), i.methodChangeJustification()))
            .toList();
        if (!justified.isEmpty()) {
            tables.add(new ContentTable(m.get("procurement.item.justification"), List.of("#", m.get("procurement.item.name"),
                m.get("procurement.item.method"), m.get("procurement.item.justification")), justified, List.of()));
        }
        return tables;
    }

    private ContentTable items(ProcurementPlanDetails plan) {
        List<List<String>> rows = plan.items().stream().map(i -> List.of(String.valueOf(i.itemNo()),
                m.get(i.category().labelKey()), i.name(),
                i.quantity().stripTrailingZeros().toPlainString() + (i.unit() == null ? "" : " " + i.unit()),
                i.amount().formatYuan(), i.amount().formatWanYuan(), m.get(i.method().labelKey()),
                m.get(i.organisationForm().labelKey()), m.get(i.inCatalogue() ? "procurement.yes" : "procurement.no"),
                ProcurementSnapshot.funding(i),
                m.get("doctype.yearMonth", i.startMonth().getYear(), i.startMonth().getMonthValue())))
            .toList();
        List<String> footer = List.of(m.get("sheet.total"), "", "", "", plan.total().formatYuan(),
            plan.total().formatWanYuan(), "", "", "", "", "");
        return new ContentTable(m.get("procurement.items"), List.of("#", m.get("procurement.item.category"),
            m.get("procurement.item.name"), m.get("procurement.item.quantity"), m.get("procurement.item.amount"),
            m.get("common.wanyuan"), m.get("procurement.item.method"), m.get("procurement.item.form"),
            m.get("procurement.item.inCatalogueShort"), m.get("procurement.item.fundingShort"),
            m.get("procurement.item.startMonthShort")), rows, footer);
    }

    private ContentTable byCategory(ProcurementPlanDetails plan) {
        List<List<String>> rows = new ArrayList<>();
        for (ProcurementCategory category : ProcurementCategory.values()) {
            var amount = plan.totals().category(category);
            rows.add(List.of(m.get(category.labelKey()), amount.formatYuan(), amount.formatWanYuan()));
        }
        return new ContentTable(m.get("procurement.totals.byCategory"), List.of(m.get("procurement.item.category"),
            m.get("procurement.item.amount"), m.get("common.wanyuan")), rows,
            List.of(m.get("sheet.total"), plan.total().formatYuan(), plan.total().formatWanYuan()));
    }
}
