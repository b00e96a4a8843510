-- 抄送 (carbon copies): the drafter or an approver copies people in on a document. A recipient
-- may read the document even if it belongs to another section, and sees it under 抄送我的,
-- unread until they open it. One row per document and recipient: copying someone again
-- refreshes who sent it and when, and marks it unread again.
CREATE TABLE document_cc (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT        NOT NULL,
    recipient    VARCHAR(50)   NOT NULL,
    sent_by      VARCHAR(50)   NOT NULL,
    sent_at      DATETIME(6)   NOT NULL,
    note         VARCHAR(500),
    read_at      DATETIME(6),
    CONSTRAINT fk_document_cc_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT uk_document_cc UNIQUE (document_id, recipient)
);
CREATE INDEX ix_document_cc_recipient ON document_cc (recipient, read_at);
