package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.organization.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The header every document type shares. Status changes only through {@link #moveTo}, which
 * the document module calls when the approval process reaches a milestone; versioning guards
 * against lost updates between an edit and an approval.
 */
@Entity
@Table(name = "document")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "doc_type")
public abstract class ApprovalDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", insertable = false, updatable = false)
    private DocumentType type;
    @Column(name = "doc_number")
    private String number;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "section_id")
    private OrgUnit section;
    private int fiscalYear;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status;
    @Version
    private long version;
    private String drafter;
    private BigDecimal totalAmount;
    private Instant createdAt;
    private Instant updatedAt;
    /** Set for documents that stay inside the unit (a section's request of a budget year); see {@link #visibleToBureau()}. */
    private boolean hiddenFromBureau;

    protected ApprovalDocument() {
    }

    protected ApprovalDocument(String number, OrgUnit section, int fiscalYear, String drafter, Instant now) {
        this.number = number;
        this.section = section;
        this.fiscalYear = fiscalYear;
        this.drafter = drafter;
        this.status = DocumentStatus.DRAFT;
        this.totalAmount = BigDecimal.ZERO.setScale(2);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The document type; set from the discriminator once the row exists. */
    public abstract DocumentType documentType();

    /** The amount the approval routes on. */
    public Money total() {
        return new Money(totalAmount);
    }

    /**
     * The facts of this type that the approval-routing table decides on besides type and amount,
     * by the table's input names (a procurement plan's method, for one); none by default.
     */
    public Map<String, Object> routingFacts() {
        return Map.of();
    }

    /**
     * Whether the bureau (数据局) may read this document at all: it reads what the unit sends it,
     * not what stays inside the unit. Kept as a column, so that lists and searches filter on it.
     */
    public boolean visibleToBureau() {
        return !hiddenFromBureau;
    }

    /** Keeps the document from the bureau for good; called by a type before the document is first saved. */
    protected void hideFromBureau() {
        this.hiddenFromBureau = true;
    }

    protected void setTotal(Money total, Instant now) {
        this.totalAmount = total.yuan();
        this.updatedAt = now;
    }

    protected void setFiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** Called only by the document module when the process moves the document on. */
    public void moveTo(DocumentStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
        onStatusChanged(next);
    }

    /** Hook for types that keep derived state on status, e.g. the open-draft key. */
    protected void onStatusChanged(DocumentStatus next) {
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public OrgUnit getSection() {
        return section;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public String getDrafter() {
        return drafter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
