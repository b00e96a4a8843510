package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.organization.OrgUnit;
import jakarta.persistence.CascadeType;
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

/** A section's budget draft for one fiscal year. Editable only while DRAFT or RETURNED. */
@Entity
@Table(name = "budget_draft")
@DiscriminatorValue("BUDGET_DRAFT")
@PrimaryKeyJoinColumn(name = "id")
public class BudgetDraft extends ApprovalDocument {

    /** '<section>-<year>' while not approved; unique, so a section has one open draft a year. */
    private String openKey;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<BudgetLine> lines = new ArrayList<>();

    protected BudgetDraft() {
    }

    BudgetDraft(String number, OrgUnit section, int fiscalYear, String drafter, Instant now) {
        super(number, section, fiscalYear, drafter, now);
        this.openKey = openKey(section.getCode(), fiscalYear);
    }

    static String openKey(String sectionCode, int fiscalYear) {
        return sectionCode + "-" + fiscalYear;
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
        openKey = next.isFinal() ? null : openKey(getSection().getCode(), getFiscalYear());
    }

    public List<BudgetLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
