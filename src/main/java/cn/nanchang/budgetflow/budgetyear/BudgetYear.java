package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.budget.BudgetRound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One fiscal year's preparation (预算编制), opened by 财务; one per fiscal year. Its round follows
 * the year's process (processes/budget-year.bpmn); the bureau's documents (控制数, 批复) are
 * recorded here with their 文号 and date.
 */
@Entity
@Table(name = "budget_year")
public class BudgetYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int fiscalYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_round")
    private BudgetRound round;
    private LocalDate oneUpDeadline;
    private LocalDate twoUpDeadline;
    private String instructions;
    private String openedBy;
    private Instant openedAt;
    /** 控制数: the bureau's 文号 and date. */
    private String ceilingsRef;
    private LocalDate ceilingsDate;
    /** The director's approval of the split (分解控制数). */
    private String splitApprovedBy;
    private Instant splitApprovedAt;
    /** 批复: the bureau's 文号 and date. */
    private String approvalRef;
    private LocalDate approvalDate;
    @Version
    private long version;

    protected BudgetYear() {
    }

    BudgetYear(int fiscalYear, LocalDate oneUpDeadline, LocalDate twoUpDeadline, String instructions, String openedBy,
            Instant openedAt) {
        this.fiscalYear = fiscalYear;
        this.round = BudgetRound.ONE_UP;
        this.oneUpDeadline = oneUpDeadline;
        this.twoUpDeadline = twoUpDeadline;
        this.instructions = instructions;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** The deadline of a round that takes requests. */
    public LocalDate deadline(BudgetRound requestRound) {
        return switch (requestRound) {
            case ONE_UP -> oneUpDeadline;
            case TWO_UP -> twoUpDeadline;
            default -> throw new IllegalArgumentException("no section requests in round " + requestRound);
        };
    }

    void moveTo(BudgetRound next) {
        this.round = next;
    }

    void recordCeilings(String ref, LocalDate date) {
        this.ceilingsRef = ref;
        this.ceilingsDate = date;
    }

    void approveSplit(String director, Instant at) {
        this.splitApprovedBy = director;
        this.splitApprovedAt = at;
    }

    void recordApproval(String ref, LocalDate date) {
        this.approvalRef = ref;
        this.approvalDate = date;
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BudgetRound getRound() {
        return round;
    }

    public LocalDate getOneUpDeadline() {
        return oneUpDeadline;
    }

    public LocalDate getTwoUpDeadline() {
        return twoUpDeadline;
    }

    public String getInstructions() {
        return instructions;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getCeilingsRef() {
        return ceilingsRef;
    }

    public LocalDate getCeilingsDate() {
        return ceilingsDate;
    }

    public String getSplitApprovedBy() {
        return splitApprovedBy;
    }

    public Instant getSplitApprovedAt() {
        return splitApprovedAt;
    }

    public String getApprovalRef() {
        return approvalRef;
    }

    public LocalDate getApprovalDate() {
        return approvalDate;
    }

    public long getVersion() {
        return version;
    }
}
