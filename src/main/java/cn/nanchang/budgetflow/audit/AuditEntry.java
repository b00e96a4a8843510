package cn.nanchang.budgetflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One recorded action. Immutable: the application inserts entries and never changes them. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String actorRole;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String documentType;
    private Long documentId;
    private String documentNumber;
    private String taskId;
    private String step;
    @Column(name = "comment_text")
    private String comment;
    private String statusBefore;
    private String statusAfter;
    private String details;
    /** The field changes of an edit as JSON ({@link FieldChangesJson}); null for every other entry. */
    @Column(name = "field_changes")
    private String changes;
    private Long seq;
    private String prevHash;
    private String entryHash;
    /** The key's MAC (hex) or signature (base64) over the entry hash; null for entries written before the chain was keyed. */
    private String seal;
    /** The principal a proxy acted for (代理审批); null for everyone acting as themselves. */
    private String onBehalfOf;

    protected AuditEntry() {
    }

    /** A new chained entry; the time is kept to the second because that is what every database stores. */
    AuditEntry(long seq, String prevHash, Instant occurredAt, AuditRecord r, AuditKey key) {
        this.seq = seq;
        this.prevHash = prevHash;
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.actor = r.actor();
        this.actorRole = r.actorRole();
        this.action = r.action();
        this.documentType = r.documentType();
        this.documentId = r.documentId();
        this.documentNumber = r.documentNumber();
        this.taskId = r.taskId();
        this.step = r.step();
        this.comment = r.comment();
        this.statusBefore = r.statusBefore();
        this.statusAfter = r.statusAfter();
        this.details = r.details();
        this.changes = FieldChangesJson.write(r.changes());
        this.onBehalfOf = r.onBehalfOf();
        this.entryHash = AuditChain.hash(key.suite(), prevHash, this);
        this.seal = key.seal(entryHash);
    }

    public Long getSeq() {
        return seq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }

    String getSeal() {
        return seal;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getDocumentType() {
        return documentType;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStep() {
        return step;
    }

    public String getComment() {
        return comment;
    }

    public String getStatusBefore() {
        return statusBefore;
    }

    public String getStatusAfter() {
        return statusAfter;
    }

    public String getDetails() {
        return details;
    }

    /** The values an edit changed, before and after; empty for entries that are not edits. */
    public List<FieldChange> getChanges() {
        return FieldChangesJson.read(changes);
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    String getChangesJson() {
        return changes;
    }
}
