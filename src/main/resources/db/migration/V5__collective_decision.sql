-- 主任办公会 records: where the routing table requires a collective decision (三重一大), the
-- director records the meeting, its attendees, the minutes reference and the outcome.
CREATE TABLE collective_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id     BIGINT        NOT NULL,
    task_id         VARCHAR(64)   NOT NULL,
    meeting_date    DATE          NOT NULL,
    attendees       VARCHAR(1000) NOT NULL,
    minutes_ref     VARCHAR(200)  NOT NULL,
    passed          BOOLEAN       NOT NULL,
    comment_text    VARCHAR(2000),
    recorded_by     VARCHAR(50)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_collective_decision_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_collective_decision_document ON collective_decision (document_id);
