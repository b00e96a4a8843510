-- Every document type shares one header row, so that ids are unique across types and the
-- inbox, history and filters treat all types alike. Type-specific data lives in a table per type.
CREATE TABLE document (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    doc_type       VARCHAR(30)   NOT NULL,
    doc_number     VARCHAR(30)   NOT NULL,
    section_id     BIGINT        NOT NULL,
    fiscal_year    INT           NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    version        BIGINT        NOT NULL,
    drafter        VARCHAR(50)   NOT NULL,
    total_amount   DECIMAL(18,2) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uk_document_number UNIQUE (doc_number),
    CONSTRAINT fk_document_section FOREIGN KEY (section_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_document_filter ON document (doc_type, fiscal_year, section_id, status);

-- open_key is '<section>-<year>' while the draft is not yet approved and NULL afterwards:
-- a unique key on it allows one open draft per section and year on H2 and MySQL alike.
CREATE TABLE budget_draft (
    id        BIGINT      NOT NULL PRIMARY KEY,
    open_key  VARCHAR(40),
    CONSTRAINT uk_budget_draft_open UNIQUE (open_key),
    CONSTRAINT fk_budget_draft_document FOREIGN KEY (id) REFERENCES document (id)
);

CREATE TABLE budget_line (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id       BIGINT        NOT NULL,
    line_no        INT           NOT NULL,
    function_code  VARCHAR(10)   NOT NULL,
    economic_code  VARCHAR(10)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    amount         DECIMAL(18,2) NOT NULL,
    note           VARCHAR(500),
    CONSTRAINT fk_budget_line_draft FOREIGN KEY (draft_id) REFERENCES budget_draft (id)
);
CREATE INDEX ix_budget_line_draft ON budget_line (draft_id);

-- Document numbers (YS-2024-0001) come from a locked counter row per type and year.
CREATE TABLE document_sequence (
    prefix       VARCHAR(10) NOT NULL,
    fiscal_year  INT         NOT NULL,
    last_number   INT         NOT NULL,
    CONSTRAINT pk_document_sequence PRIMARY KEY (prefix, fiscal_year)
);

-- Append-only: the application inserts and never updates or deletes.
CREATE TABLE audit_entry (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)   NOT NULL,
    actor            VARCHAR(50)   NOT NULL,
    actor_role       VARCHAR(20),
    action           VARCHAR(30)   NOT NULL,
    document_type    VARCHAR(30),
    document_id      BIGINT,
    document_number  VARCHAR(30),
    task_id          VARCHAR(64),
    step             VARCHAR(40),
    comment_text     VARCHAR(2000),
    status_before    VARCHAR(20),
    status_after     VARCHAR(20),
    details          VARCHAR(4000)
);
CREATE INDEX ix_audit_entry_document ON audit_entry (document_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, action);
