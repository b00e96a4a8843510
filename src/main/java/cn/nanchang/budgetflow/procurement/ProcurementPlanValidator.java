package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
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
    private final Messages messages;

    ProcurementPlanValidator(@Value("${budgetflow.limits.max-line-amount-yuan:1000000000.00}") BigDecimal maxAmount,
            Messages messages) {
        this.maxAmount = new Money(maxAmount);
        this.messages = messages;
    }

    /**
     * The items in input order, null where an item has a problem; problems are added to the list.
     * A missing body or item list is reported at once.
     */
    List<ValidItem> check(ProcurementPlanInput input, ProcurementLimits limits, List<FieldViolation> problems) {
        if (input == null) {
            throw ValidationException.of("body", messages.get("doctype.bodyMissing"));
        }
        Integer year = input.fiscalYear();
        if (year == null) {
            problems.add(new FieldViolation("fiscalYear", messages.get("doctype.yearMissing")));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldViolation("fiscalYear", messages.get("doctype.yearRange", MIN_YEAR, MAX_YEAR)));
            year = null;
        }
        List<ProcurementPlanInput.ItemInput> items = input.items();
        if (items == null || items.isEmpty()) {
            problems.add(new FieldViolation("items", messages.get("doctype.procurement.noItems")));
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new FieldViolation("items", messages.get("doctype.procurement.tooManyItems", MAX_ITEMS)));
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
            problems.add(new FieldViolation(path, messages.get("doctype.procurement.itemMissing")));
            return null;
        }
        ItemFields f = new ItemFields(path, problems, messages);
        int before = problems.size();
        ProcurementCategory category = f.choice(ProcurementCategory.class, item.category(), "category",
            "doctype.procurement.field.category", "doctype.procurement.categoryInvalid");
        String name = f.text(item.name(), "name", "doctype.procurement.field.name", 200, true);
        BigDecimal quantity = f.quantity(item.quantity());
        String unit = f.text(item.unit(), "unit", "doctype.procurement.field.unit", 20, true);
        Money amount = f.amount(item.amount(), maxAmount);
        ProcurementMethod method = f.choice(ProcurementMethod.class, item.method(), "method",
            "doctype.procurement.field.method", "doctype.procurement.methodInvalid");
        OrganisationForm form = f.choice(OrganisationForm.class, item.organisationForm(), "organisationForm",
            "doctype.procurement.field.form", "doctype.procurement.formInvalid");
        Boolean inCatalogue = f.required(item.inCatalogue(), "inCatalogue", "doctype.procurement.inCatalogueMissing");
        Long fundingLineId = f.required(item.fundingLineId(), "fundingLineId", "doctype.procurement.fundingLineMissing");
        YearMonth start = f.startMonth(item.startMonth(), year);
        int beforeJustification = problems.size();
        String justification = f.text(item.methodChangeJustification(), "methodChangeJustification",
            "doctype.procurement.field.justification", 2000, false);
        if (problems.size() == beforeJustification) {
            checkMethod(category, amount, method, justification, f, limits);
        }
        boolean needsNotice = category != null && amount != null && inCatalogue != null
            && !limits.outsideGovernmentProcurement(category, amount, inCatalogue);
        String overview = f.text(item.demandOverview(), "demandOverview", "doctype.procurement.field.overview", 1000, needsNotice);
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
            f.problem("methodChangeJustification", "doctype.procurement.justificationMissing",
                limits.publicTender().formatWanYuan());
        } else if (!changed && justification != null) {
            f.problem("methodChangeJustification", "doctype.procurement.justificationNotNeeded");
        }
    }
}
