-- issue 19 §3: attachments (附件). A row per uploaded file; the bytes live in the attachment store (the
-- filesystem under the data directory by default), addressed by storage_key. A file is never changed:
-- removal only marks the row (who, when), so the audit entries that added and removed it still point at
-- it. added_seq is the chain position of the audit entry that recorded the file's SHA-256; verification
-- re-hashes the stored bytes against that entry.
CREATE TABLE attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id   BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    media_type    VARCHAR(120)  NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    uploaded_by   VARCHAR(50)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    example       BOOLEAN       NOT NULL DEFAULT FALSE,
    added_seq     BIGINT,
    removed       BOOLEAN       NOT NULL DEFAULT FALSE,
    removed_at    DATETIME(6),
    removed_by    VARCHAR(50),
    CONSTRAINT fk_attachment_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_attachment_document ON attachment (document_id);
