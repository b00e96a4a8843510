package cn.nanchang.budgetflow.approval;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 抄送: one person copied in on one document, with who sent it, when, a note, and when they read it. */
@Entity
@Table(name = "document_cc")
public class CarbonCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long documentId;
    private String recipient;
    private String sentBy;
    private Instant sentAt;
    private String note;
    private Instant readAt;

    protected CarbonCopy() {
    }

    CarbonCopy(long documentId, String recipient) {
        this.documentId = documentId;
        this.recipient = recipient;
    }

    /** Sent (again): the newest sender and note count, and the recipient has not read this copy yet. */
    void send(String sender, String text, Instant at) {
        this.sentBy = sender;
        this.note = text;
        this.sentAt = at;
        this.readAt = null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getNote() {
        return note;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
