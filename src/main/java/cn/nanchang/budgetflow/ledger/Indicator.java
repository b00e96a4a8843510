package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One 指标 with its running totals. The totals change only through {@link #apply}, which every
 * entry goes through in the same transaction, so that the totals always equal the sums of the
 * entries; the version makes a concurrent change of the same row fail rather than be lost.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int fiscalYear;
    private String sectionCode;
    private String ref;
    private String sourceRef;
    @Enumerated(EnumType.STRING)
    private SourceType sourceType;
    @Enumerated(EnumType.STRING)
    private ExpenditureKind kind;
    private String functionCode;
    private String economicCode;
    private Long projectId;
    private Long budgetLineId;
    private BigDecimal quota;
    private BigDecimal frozen;
    private BigDecimal used;
    @Version
    private long version;
    private Instant createdAt;

    protected Indicator() {
    }

    Indicator(int fiscalYear, String sectionCode, String ref, String sourceRef, SourceType sourceType, ExpenditureKind kind,
            String functionCode, String economicCode, Long projectId, Long budgetLineId, Instant createdAt) {
        this.fiscalYear = fiscalYear;
        this.sectionCode = sectionCode;
        this.ref = ref;
        this.sourceRef = sourceRef;
        this.sourceType = sourceType;
        this.kind = kind;
        this.functionCode = functionCode;
        this.economicCode = economicCode;
        this.projectId = projectId;
        this.budgetLineId = budgetLineId;
        this.quota = BigDecimal.ZERO.setScale(2);
        this.frozen = BigDecimal.ZERO.setScale(2);
        this.used = BigDecimal.ZERO.setScale(2);
        this.createdAt = createdAt;
    }

    /** Moves the running total the entry's kind moves. The caller has checked that 可用 stays at or above zero. */
    void apply(EntryKind entryKind, Money amount) {
        BigDecimal a = amount.yuan();
        switch (entryKind) {
            case QUOTA, INCREASE -> quota = quota.add(a);
            case DECREASE -> quota = quota.subtract(a);
            case FREEZE -> frozen = frozen.add(a);
            case RELEASE -> frozen = frozen.subtract(a);
            case USE -> used = used.add(a);
        }
    }

    /** 可用 = 额度 − 冻结 − 已用. */
    Money available() {
        return new Money(quota.subtract(frozen).subtract(used));
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public String getRef() {
        return ref;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public ExpenditureKind getKind() {
        return kind;
    }

    public String getFunctionCode() {
        return functionCode;
    }

    public String getEconomicCode() {
        return economicCode;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public Money getQuota() {
        return new Money(quota);
    }

    public Money getFrozen() {
        return new Money(frozen);
    }

    public Money getUsed() {
        return new Money(used);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
