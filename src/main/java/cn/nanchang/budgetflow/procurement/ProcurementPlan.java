package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import jakarta.persistence.CascadeType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

/**
 * A section's government procurement plan for one fiscal year. Its total is the sum of its
 * items. Editable only while DRAFT or RETURNED. A section may file several plans a year.
 */
@Entity
@Table(name = "procurement_plan")
@DiscriminatorValue("PROCUREMENT_PLAN")
@PrimaryKeyJoinColumn(name = "id")
public class ProcurementPlan extends ApprovalDocument {

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("itemNo")
    @BatchSize(size = 100)
    private List<ProcurementItem> items = new ArrayList<>();

    protected ProcurementPlan() {
    }

    ProcurementPlan(String number, OrgUnit section, int fiscalYear, String drafter, Instant now) {
        super(number, section, fiscalYear, drafter, now);
    }

    @Override
    public DocumentType documentType() {
        return DocumentType.PROCUREMENT_PLAN;
    }

    /** Replaces all items and the total; validation has happened before. */
    void replaceItems(List<ValidItem> valid, Instant now) {
        items.clear();
        Money total = Money.ZERO;
        for (int i = 0; i < valid.size(); i++) {
            items.add(new ProcurementItem(this, i + 1, valid.get(i)));
            total = total.plus(valid.get(i).amount());
        }
        setTotal(total, now);
    }

    /**
     * The method the routing table decides on: 单一来源 as soon as one item uses it, since that
     * is the method that most needs the collective decision; otherwise the largest item's method
     * (the first of equal ones).
     */
    public String routingProcurementMethod() {
        return routingMethod(items.stream().map(ProcurementItem::toValid).toList());
    }

    static String routingMethod(List<ValidItem> items) {
        if (items.stream().anyMatch(i -> i.method() == ProcurementMethod.SINGLE_SOURCE)) {
            return ProcurementMethod.SINGLE_SOURCE.chineseName();
        }
        return items.stream().max(Comparator.comparing(ValidItem::amount))
            .map(i -> i.method().chineseName()).orElse(null);
    }

    /** Whether any item departs from 公开招标 with a written justification. */
    public boolean routingMethodChanged() {
        return items.stream().anyMatch(ProcurementItem::hasMethodChange);
    }

    /** The routing table's procurement inputs: the method and whether it was changed. */
    @Override
    public Map<String, Object> routingFacts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(ProcessVariables.PROCUREMENT_METHOD, routingProcurementMethod());
        facts.put(ProcessVariables.METHOD_CHANGED, routingMethodChanged());
        return facts;
    }

    public List<ProcurementItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
