package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One figure of one version of a budget year, written once and never changed. Ceilings of the
 * unit have no section; a split or request figure has its section; request and 批复 figures carry
 * their codes, project and the request line they come from. A figure that differs from the
 * request carries the reason and the document or decision that made it.
 */
@Entity
@Table(name = "budget_figure")
public class BudgetFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long budgetYearId;
    @Enumerated(EnumType.STRING)
    private VersionKind versionKind;
    private String sectionCode;
    @Enumerated(EnumType.STRING)
    private ExpenditureKind kind;
    private String functionCode;
    private String economicCode;
    private Long projectId;
    private BigDecimal amount;
    /** The document the figure comes from or was decided in (request, proposal); null for the bureau's own figures. */
    private Long sourceDocumentId;
    /** The request line it comes from, when it is one. */
    private Integer sourceLineNo;
    /** Why it differs from what was asked; null when it does not. */
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected BudgetFigure() {
    }

    BudgetFigure(long budgetYearId, VersionKind versionKind, String sectionCode, ExpenditureKind kind, String functionCode,
            String economicCode, Long projectId, Money amount, Long sourceDocumentId, Integer sourceLineNo, String reason,
            String recordedBy, Instant recordedAt) {
        this.budgetYearId = budgetYearId;
        this.versionKind = versionKind;
        this.sectionCode = sectionCode;
        this.kind = kind;
        this.functionCode = functionCode;
        this.economicCode = economicCode;
        this.projectId = projectId;
        this.amount = amount.yuan();
        this.sourceDocumentId = sourceDocumentId;
        this.sourceLineNo = sourceLineNo;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getBudgetYearId() {
        return budgetYearId;
    }

    public VersionKind getVersionKind() {
        return versionKind;
    }

    public String getSectionCode() {
        return sectionCode;
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

    public Money getAmount() {
        return new Money(amount);
    }

    public Long getSourceDocumentId() {
        return sourceDocumentId;
    }

    public Integer getSourceLineNo() {
        return sourceLineNo;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
