package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.Money;
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
import java.util.Optional;

/** One line of a budget draft. */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private BudgetDraft draft;
    private int lineNo;
    private String functionCode;
    private String economicCode;
    @Enumerated(EnumType.STRING)
    private ExpenditureKind kind;
    private BigDecimal amount;
    private String note;
    /** The library project a PROJECT line funds; a plain id, the project module owns the row. */
    private Long projectId;
    /** What the bureau approved (批复) of a budget year's 二上 request line; null until then and for other drafts. */
    private BigDecimal approvedAmount;

    protected BudgetLine() {
    }

    BudgetLine(BudgetDraft draft, int lineNo, ValidLine line) {
        this.draft = draft;
        this.lineNo = lineNo;
        this.functionCode = line.functionCode();
        this.economicCode = line.economicCode();
        this.kind = line.kind();
        this.amount = line.amount().yuan();
        this.note = line.note();
        this.projectId = line.projectId();
    }

    public Long getId() {
        return id;
    }

    /** Records the bureau's 批复 of this line: the amount as requested or cut. */
    void approve(Money approved) {
        this.approvedAmount = approved.yuan();
    }

    /** The approved amount (批复); empty before 批复 and for lines of drafts outside a budget year. */
    public Optional<Money> approved() {
        return Optional.ofNullable(approvedAmount).map(Money::new);
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getFunctionCode() {
        return functionCode;
    }

    public String getEconomicCode() {
        return economicCode;
    }

    public ExpenditureKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public String getNote() {
        return note;
    }

    public Long getProjectId() {
        return projectId;
    }
}
