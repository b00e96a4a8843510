package cn.nanchang.budgetflow.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A year's disclosure on its way to publication, with the snapshot 综合科 submitted. Once
 * published nothing of it changes: the published figures no longer follow approved documents.
 */
@Entity
@Table(name = "disclosure_publication")
class DisclosurePublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int fiscalYear;
    @Enumerated(EnumType.STRING)
    private PublicationStatus status;
    @Version
    private long version;
    @Column(name = "snapshot_json")
    private String snapshotJson;
    private BigDecimal totalAmount;
    private String preparedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String returnComment;
    private Instant publishedAt;

    protected DisclosurePublication() {
    }

    DisclosurePublication(int fiscalYear) {
        this.fiscalYear = fiscalYear;
        this.status = PublicationStatus.NOT_STARTED;
    }

    void submit(String snapshot, BigDecimal total, String by, Instant at) {
        snapshotJson = snapshot;
        totalAmount = total;
        preparedBy = by;
        submittedAt = at;
        decidedBy = null;
        decidedAt = null;
        status = PublicationStatus.IN_REVIEW;
    }

    void publish(String by, Instant at) {
        decidedBy = by;
        decidedAt = at;
        publishedAt = at;
        returnComment = null;
        status = PublicationStatus.PUBLISHED;
    }

    /** Back to 综合科; the snapshot goes, since the next submission is generated afresh. */
    void giveBack(String by, Instant at, String comment) {
        decidedBy = by;
        decidedAt = at;
        returnComment = comment;
        snapshotJson = null;
        totalAmount = null;
        status = PublicationStatus.RETURNED;
    }

    Long getId() {
        return id;
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    PublicationStatus getStatus() {
        return status;
    }

    String getSnapshotJson() {
        return snapshotJson;
    }

    PublicationState state() {
        return new PublicationState(fiscalYear, status, preparedBy, submittedAt, decidedBy, decidedAt, returnComment, publishedAt);
    }
}
