package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.organization.OrgUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.List;

/**
 * The unit's budget proposal (单位预算建议数) of one round of a budget year: 财务's consolidation
 * of the sections' accepted requests, every request line with what the unit puts forward for it.
 * It belongs to the center (C00), so only unit-wide roles see it. A proposed amount differs from
 * the requested one only by a cut that carries its reason. Editable only while DRAFT or RETURNED.
 */
@Entity
@Table(name = "unit_proposal")
@DiscriminatorValue("UNIT_PROPOSAL")
@PrimaryKeyJoinColumn(name = "id")
public class UnitProposal extends ApprovalDocument {

    /** '<year>-<round>' until the proposal is approved or voided; unique, so a round has one open proposal. */
    private String openKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_round")
    private BudgetRound round;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<ProposalLine> lines = new ArrayList<>();

    protected UnitProposal() {
    }

    UnitProposal(String number, OrgUnit center, int fiscalYear, String drafter, Instant now) {
        super(number, center, fiscalYear, drafter, now);
    }

    static String openKey(int fiscalYear, BudgetRound round) {
        return fiscalYear + "-" + round.name();
    }

    /** Binds a new proposal to the round it consolidates; called once, before it is first saved. */
    void belongTo(BudgetRound proposalRound) {
        this.round = proposalRound;
        this.openKey = openKey(getFiscalYear(), proposalRound);
    }

    public BudgetRound round() {
        return round;
    }

    @Override
    public DocumentType documentType() {
        return DocumentType.UNIT_PROPOSAL;
    }

    /** Replaces all lines; the approval routes on the proposed total. Checked before. */
    void replaceLines(List<ConsolidationLine> consolidated, Instant now) {
        lines.clear();
        Money total = Money.ZERO;
        for (int i = 0; i < consolidated.size(); i++) {
            lines.add(new ProposalLine(this, i + 1, consolidated.get(i)));
            total = total.plus(consolidated.get(i).proposed());
        }
        setTotal(total, now);
    }

    @Override
    protected void onStatusChanged(DocumentStatus next) {
        openKey = next.isFinal() ? null : openKey(getFiscalYear(), round);
    }

    public List<ProposalLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
