package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A section's budget draft for one fiscal year. Editable only while DRAFT or RETURNED. */
@Entity
@Table(name = "budget_draft")
@DiscriminatorValue("BUDGET_DRAFT")
@PrimaryKeyJoinColumn(name = "id")
public class BudgetDraft extends ApprovalDocument {

    /**
     * '<section>-<year>' while not approved; unique, so a section has one open draft a year. A
     * request of a budget year has '<section>-<year>-<round>', open until 财务 has accepted it.
     */
    private String openKey;
    /** The round of the budget year this request belongs to; null for a year prepared outside the system. */
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_round")
    private BudgetRound round;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<BudgetLine> lines = new ArrayList<>();

    protected BudgetDraft() {
    }

    BudgetDraft(String number, OrgUnit section, int fiscalYear, String drafter, Instant now) {
        super(number, section, fiscalYear, drafter, now);
        this.openKey = openKey(section.getCode(), fiscalYear, null);
    }

    static String openKey(String sectionCode, int fiscalYear, BudgetRound round) {
        return sectionCode + "-" + fiscalYear + (round == null ? "" : "-" + round.name());
    }

    /**
     * Binds a new draft to the round of its budget year; called once, before the draft is first
     * saved. A section's request stays inside the unit: the bureau reads the unit's proposal.
     */
    void belongTo(BudgetRound requestRound) {
        this.round = requestRound;
        this.openKey = openKey(getSection().getCode(), getFiscalYear(), requestRound);
        hideFromBureau();
    }

    /** The round of the budget year this request belongs to; empty for a year prepared outside the system. */
    public Optional<BudgetRound> round() {
        return Optional.ofNullable(round);
    }

    /** Whether this is a section's request of a budget year, which goes 科长 → 财务 and stops there. */
    public boolean isYearRequest() {
        return round != null;
    }

    @Override
    public Map<String, Object> routingFacts() {
        return Map.of(ProcessVariables.BUDGET_YEAR_REQUEST, isYearRequest());
    }

    @Override
    public DocumentType documentType() {
        return DocumentType.BUDGET_DRAFT;
    }

    /** Replaces all lines and the total; validation has happened before. */
    void replaceLines(List<ValidLine> valid, Instant now) {
        lines.clear();
        Money total = Money.ZERO;
        for (int i = 0; i < valid.size(); i++) {
            lines.add(new BudgetLine(this, i + 1, valid.get(i)));
            total = total.plus(valid.get(i).amount());
        }
        setTotal(total, now);
    }

    @Override
    protected void onStatusChanged(DocumentStatus next) {
        openKey = next.isFinal() || next == DocumentStatus.ACCEPTED ? null : openKey(getSection().getCode(), getFiscalYear(), round);
    }

    public List<BudgetLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
