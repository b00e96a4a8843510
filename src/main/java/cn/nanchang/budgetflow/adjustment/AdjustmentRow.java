package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One row of an adjustment: a 调减 or 调增 of a 指标, or a 调增 of a new line. */
@Entity
@Table(name = "budget_adjustment_row")
public class AdjustmentRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adjustment_id")
    private BudgetAdjustment adjustment;
    private int rowNo;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private Long indicatorId;
    private String sectionCode;
    @Enumerated(EnumType.STRING)
    private ExpenditureKind kind;
    private String functionCode;
    private String economicCode;
    private Long projectId;
    private BigDecimal amount;

    protected AdjustmentRow() {
    }

    AdjustmentRow(BudgetAdjustment adjustment, int rowNo, ValidRow row) {
        this.adjustment = adjustment;
        this.rowNo = rowNo;
        this.direction = row.direction();
        this.indicatorId = row.indicatorId();
        this.sectionCode = row.sectionCode();
        this.kind = row.kind();
        this.functionCode = row.functionCode();
        this.economicCode = row.economicCode();
        this.projectId = row.projectId();
        this.amount = row.amount().yuan();
    }

    ValidRow toValid() {
        return new ValidRow(direction, indicatorId, sectionCode, kind, functionCode, economicCode, projectId, getAmount());
    }

    public int getRowNo() {
        return rowNo;
    }

    public Direction getDirection() {
        return direction;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public Money getAmount() {
        return new Money(amount);
    }
}
