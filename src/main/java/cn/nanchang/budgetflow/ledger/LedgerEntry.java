package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One movement of an 指标's money, written once and never updated (no setters). */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long indicatorId;
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    private BigDecimal amount;
    private Long documentId;
    private String documentNumber;
    /** What within the document, e.g. "procurement-item:17", so that a release or settlement finds its freeze. */
    private String itemRef;
    private String note;
    private String actor;
    private String onBehalfOf;
    private Instant recordedAt;
    private Long auditEntryId;

    protected LedgerEntry() {
    }

    LedgerEntry(long indicatorId, EntryKind kind, Money amount, DocumentRef doc, String itemRef, String note, String actor,
            String onBehalfOf, Instant recordedAt, Long auditEntryId) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a ledger entry moves a positive amount: " + amount);
        }
        this.indicatorId = indicatorId;
        this.kind = kind;
        this.amount = amount.yuan();
        this.documentId = doc == null ? null : doc.id();
        this.documentNumber = doc == null ? null : doc.number();
        this.itemRef = itemRef;
        this.note = note;
        this.actor = actor;
        this.onBehalfOf = onBehalfOf;
        this.recordedAt = recordedAt;
        this.auditEntryId = auditEntryId;
    }

    EntryView view() {
        return new EntryView(id, indicatorId, kind, new Money(amount), documentId, documentNumber, itemRef, note, actor,
            onBehalfOf, recordedAt, auditEntryId);
    }

    public Long getId() {
        return id;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getItemRef() {
        return itemRef;
    }
}
