-- 催办: the drafter chases the handlers of an open review step. At most once per step (task)
-- per calendar day in the center's time zone; the unique key keeps two requests at once honest.
CREATE TABLE document_chase (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT        NOT NULL,
    task_id      VARCHAR(64)   NOT NULL,
    chased_on    DATE          NOT NULL,
    chased_by    VARCHAR(50)   NOT NULL,
    chased_at    DATETIME(6)   NOT NULL,
    note         VARCHAR(500),
    CONSTRAINT fk_document_chase_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT uk_document_chase UNIQUE (task_id, chased_on)
);
