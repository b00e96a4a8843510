package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import jakarta.persistence.CascadeType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A section's 调剂, 追加 or 追减 of its 指标 in one fiscal year. Its total, on which it routes, is
 * what it moves: the 调增 of a 调剂 or 追加 (equal to the 调减 of a 调剂), the 调减 of a 追减.
 * Editable only while DRAFT or RETURNED.
 */
@Entity
@Table(name = "budget_adjustment")
@DiscriminatorValue("BUDGET_ADJUSTMENT")
@PrimaryKeyJoinColumn(name = "id")
public class BudgetAdjustment extends ApprovalDocument {

    @Enumerated(EnumType.STRING)
    private AdjustmentKind adjustmentKind;
    private String reason;
    private String basis;
    private String performanceChange;
    private String fundingSource;

    @OneToMany(mappedBy = "adjustment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowNo")
    private List<AdjustmentRow> rows = new ArrayList<>();

    protected BudgetAdjustment() {
    }

    BudgetAdjustment(String number, OrgUnit section, int fiscalYear, String drafter, Instant now) {
        super(number, section, fiscalYear, drafter, now);
    }

    @Override
    public DocumentType documentType() {
        return DocumentType.BUDGET_ADJUSTMENT;
    }

    /** Replaces everything but the year; validation has happened before. */
    void replace(ValidAdjustment valid, Instant now) {
        adjustmentKind = valid.kind();
        reason = valid.reason();
        basis = valid.basis();
        performanceChange = valid.performanceChange();
        fundingSource = valid.fundingSource();
        rows.clear();
        for (int i = 0; i < valid.rows().size(); i++) {
            rows.add(new AdjustmentRow(this, i + 1, valid.rows().get(i)));
        }
        setTotal(moved(valid.rows()), now);
    }

    /** The larger of the 调增 and 调减 sums: for a balanced 调剂 both, for 追加 and 追减 the one there is. */
    static Money moved(List<ValidRow> rows) {
        Money up = sum(rows, Direction.INCREASE);
        Money down = sum(rows, Direction.DECREASE);
        return up.compareTo(down) >= 0 ? up : down;
    }

    static Money sum(List<ValidRow> rows, Direction direction) {
        return rows.stream().filter(r -> r.direction() == direction).map(ValidRow::amount).reduce(Money.ZERO, Money::plus);
    }

    List<ValidRow> validRows() {
        return rows.stream().map(AdjustmentRow::toValid).toList();
    }

    public AdjustmentScope scope() {
        return AdjustmentScope.of(validRows());
    }

    /** The routing table's inputs besides type and amount: the kind and the scope. */
    @Override
    public Map<String, Object> routingFacts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(ProcessVariables.ADJUSTMENT_KIND, adjustmentKind.name());
        facts.put(ProcessVariables.ADJUSTMENT_SCOPE, scope().name());
        return facts;
    }

    public AdjustmentKind getAdjustmentKind() {
        return adjustmentKind;
    }

    public String getReason() {
        return reason;
    }

    public String getBasis() {
        return basis;
    }

    public String getPerformanceChange() {
        return performanceChange;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public List<AdjustmentRow> getRows() {
        return Collections.unmodifiableList(rows);
    }
}
