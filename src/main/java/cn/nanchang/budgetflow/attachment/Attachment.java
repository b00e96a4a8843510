package cn.nanchang.budgetflow.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One uploaded file of a document. Its facts never change once stored; removal only marks it, so the audit
 * entries about it keep pointing at a row and the stored bytes stay checkable.
 */
@Entity
@Table(name = "attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long documentId;
    @Column(name = "file_name")
    private String name;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    private String mediaType;
    private String storageKey;
    private String uploadedBy;
    private Instant uploadedAt;
    /** A demo file (示例), made at start-up, not by a user. */
    private boolean example;
    /** The chain position of the audit entry that recorded this file's SHA-256. */
    private Long addedSeq;
    private boolean removed;
    private Instant removedAt;
    private String removedBy;

    protected Attachment() {
    }

    Attachment(long documentId, StoredFile file, String uploadedBy, Instant uploadedAt, boolean example) {
        this.documentId = documentId;
        this.name = file.name();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.mediaType = file.mediaType();
        this.storageKey = file.key();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.example = example;
    }

    /** What was stored: the bytes' key in the store and the facts checked before storing them. */
    record StoredFile(String name, long size, String sha256, String mediaType, String key) {
    }

    void recordedAt(long seq) {
        this.addedSeq = seq;
    }

    void remove(String by, Instant at) {
        this.removed = true;
        this.removedBy = by;
        this.removedAt = at;
    }

    Long getId() {
        return id;
    }

    long getDocumentId() {
        return documentId;
    }

    String getName() {
        return name;
    }

    long getSize() {
        return size;
    }

    String getSha256() {
        return sha256;
    }

    String getMediaType() {
        return mediaType;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    boolean isExample() {
        return example;
    }

    Long getAddedSeq() {
        return addedSeq;
    }

    boolean isRemoved() {
        return removed;
    }
}
