package cn.nanchang.budgetflow.budgetyear;

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

/**
 * One line of a unit proposal: a line of a section's accepted request (named by the request and
 * its line number, with its codes copied so that the proposal reads the same whoever reads it)
 * with the amount requested and the amount proposed; the cut reason is set exactly when they differ.
 */
@Entity
@Table(name = "proposal_line")
public class ProposalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private UnitProposal proposal;
    private int lineNo;
    private String sectionCode;
    private long sourceDraftId;
    private String sourceDraftNumber;
    private int sourceLineNo;
    private String functionCode;
    private String economicCode;
    @Enumerated(EnumType.STRING)
    private ExpenditureKind kind;
    private Long projectId;
    private BigDecimal requestedAmount;
    private BigDecimal proposedAmount;
    private String cutReason;

    protected ProposalLine() {
    }

    ProposalLine(UnitProposal proposal, int lineNo, ConsolidationLine line) {
        this.proposal = proposal;
        this.lineNo = lineNo;
        this.sectionCode = line.sectionCode();
        this.sourceDraftId = line.draftId();
        this.sourceDraftNumber = line.draftNumber();
        this.sourceLineNo = line.lineNo();
        this.functionCode = line.functionCode();
        this.economicCode = line.economicCode();
        this.kind = line.kind();
        this.projectId = line.projectId();
        this.requestedAmount = line.requested().yuan();
        this.proposedAmount = line.proposed().yuan();
        this.cutReason = line.cutReason();
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public long getSourceDraftId() {
        return sourceDraftId;
    }

    public String getSourceDraftNumber() {
        return sourceDraftNumber;
    }

    public int getSourceLineNo() {
        return sourceLineNo;
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

    public Long getProjectId() {
        return projectId;
    }

    public Money getRequestedAmount() {
        return new Money(requestedAmount);
    }

    public Money getProposedAmount() {
        return new Money(proposedAmount);
    }

    public String getCutReason() {
        return cutReason;
    }
}
