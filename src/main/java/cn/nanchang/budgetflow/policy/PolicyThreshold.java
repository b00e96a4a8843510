package cn.nanchang.budgetflow.policy;

import cn.nanchang.budgetflow.base.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One threshold with its legal or policy basis. */
@Entity
@Table(name = "policy_threshold")
public class PolicyThreshold {

    @Id
    @Column(name = "threshold_key")
    private String key;
    private BigDecimal amountYuan;
    private String label;
    private String basis;
    private int sortOrder;
    private String updatedBy;
    private Instant updatedAt;

    protected PolicyThreshold() {
    }

    void change(Money amount, String by, Instant at) {
        this.amountYuan = amount.yuan();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getKey() {
        return key;
    }

    public Money getAmount() {
        return new Money(amountYuan);
    }

    public String getLabel() {
        return label;
    }

    public String getBasis() {
        return basis;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
