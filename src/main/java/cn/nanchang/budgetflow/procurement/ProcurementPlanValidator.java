package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The field checks of a plan: every item complete and well-formed, starting within the plan's
 * year, and tendered publicly where the threshold requires it unless the change is justified.
 * Every problem is reported with its field path; the funding lines are checked by {@link FundingCheck}.
 */
@Component
class ProcurementPlanValidator {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    static final int MAX_ITEMS = 200;

    private final Money maxAmount;

    ProcurementPlanValidator(@Value("${budgetflow.limits.max-line-amount-yuan:1000000000.00}") BigDecimal maxAmount) {
        this.maxAmount = new Money(maxAmount);
    }

    /**
     * The items in input order, null where an item has a problem; problems are added to the list.
     * A missing body or item list is reported at once.
     */
    List<ValidItem> check(ProcurementPlanInput input, ProcurementLimits limits, List<FieldViolation> problems) {
        if (input == null) {
            throw ValidationException.of("body", "请求内容不能为空");
        }
        Integer year = input.fiscalYear();
        if (year == null) {
            problems.add(new FieldViolation("fiscalYear", "请填写预算年度"));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldViolation("fiscalYear", "预算年度须在" + MIN_YEAR + "至" + MAX_YEAR + "之间"));
            year = null;
        }
        List<ProcurementPlanInput.ItemInput> items = input.items();
        if (items == null || items.isEmpty()) {
            problems.add(new FieldViolation("items", "采购计划至少需要一个采购项目"));
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new FieldViolation("items", "采购项目不能超过" + MAX_ITEMS + "个"));
            return List.of();
        }
        List<ValidItem> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            valid.add(checkItem(items.get(i), "items[" + i + "]", year, limits, problems));
        }
        return valid;
    }

    private ValidItem checkItem(ProcurementPlanInput.ItemInput item, String path, Integer year, ProcurementLimits limits,
            List<FieldViolation> problems) {
        if (item == null) {
            problems.add(new FieldViolation(path, "采购项目不能为空"));
            return null;
        }
        ItemFields f = new ItemFields(path, problems);
        int before = problems.size();
        ProcurementCategory category = f.choice(ProcurementCategory.class, item.category(), "category", "采购品目类别",
            "GOODS、WORKS 或 SERVICES");
        String name = f.text(item.name(), "name", "采购项目名称", 200, true);
        BigDecimal quantity = f.quantity(item.quantity());
        String unit = f.text(item.unit(), "unit", "计量单位", 20, true);
        Money amount = f.amount(item.amount(), maxAmount);
        ProcurementMethod method = f.choice(ProcurementMethod.class, item.method(), "method", "采购方式",
            "PUBLIC_TENDER、INVITED_TENDER、COMPETITIVE_NEGOTIATION、COMPETITIVE_CONSULTATION、SINGLE_SOURCE、INQUIRY 或 FRAMEWORK_AGREEMENT");
        OrganisationForm form = f.choice(OrganisationForm.class, item.organisationForm(), "organisationForm", "组织形式",
            "CENTRALIZED 或 DECENTRALIZED");
        Boolean inCatalogue = f.required(item.inCatalogue(), "inCatalogue", "请选择是否属于集中采购目录");
        Long fundingLineId = f.required(item.fundingLineId(), "fundingLineId", "请选择资金来源（已批复的预算明细）");
        YearMonth start = f.startMonth(item.startMonth(), year);
        int beforeJustification = problems.size();
        String justification = f.text(item.methodChangeJustification(), "methodChangeJustification", "变更采购方式说明", 2000, false);
        if (problems.size() == beforeJustification) {
            checkMethod(category, amount, method, justification, f, limits);
        }
        boolean needsNotice = category != null && amount != null && inCatalogue != null
            && !limits.outsideGovernmentProcurement(category, amount, inCatalogue);
        String overview = f.text(item.demandOverview(), "demandOverview", "需求概况", 1000, needsNotice);
        if (problems.size() > before) {
            return null;
        }
        return new ValidItem(category, name, quantity, unit, amount, method, form, inCatalogue, fundingLineId, start,
            overview, justification);
    }

    /**
     * 公开招标 from the threshold for goods and services; another method needs the written
     * justification (变更采购方式), and a justification where nothing was changed is refused, since
     * it alone sends the plan to the collective decision.
     */
    private static void checkMethod(ProcurementCategory category, Money amount, ProcurementMethod method,
            String justification, ItemFields f, ProcurementLimits limits) {
        if (category == null || amount == null || method == null) {
            return;
        }
        boolean changed = limits.publicTenderApplies(category, amount) && method != ProcurementMethod.PUBLIC_TENDER;
        if (changed && justification == null) {
            f.problem("methodChangeJustification", "货物、服务类项目金额达到公开招标数额标准（" + limits.publicTender().formatWanYuan()
                + "万元），应采用公开招标；采用其他方式须填写变更采购方式说明");
        } else if (!changed && justification != null) {
            f.problem("methodChangeJustification", "该项目未变更采购方式（未达到公开招标数额标准或已采用公开招标），无需填写变更采购方式说明");
        }
    }
}
