-- The 指标 ledger (issue 15): each approved budget line becomes an 指标 (spending authority) of its
-- section; every movement of its money is an insert-only ledger entry; payments record 已用.
-- quota, frozen and used are running totals kept in step with the entries in the same
-- transaction, so that reading 可用 (quota − frozen − used) needs no sum; version guards them.
CREATE TABLE indicator (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fiscal_year         INT           NOT NULL,
    section_code        VARCHAR(10)   NOT NULL,
    ref                 VARCHAR(100)  NOT NULL,
    source_ref          VARCHAR(100),
    source_type         VARCHAR(16)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    function_code       VARCHAR(10)   NOT NULL,
    economic_code       VARCHAR(10)   NOT NULL,
    project_id          BIGINT,
    budget_line_id      BIGINT,
    quota               DECIMAL(18,2) NOT NULL,
    frozen              DECIMAL(18,2) NOT NULL,
    used                DECIMAL(18,2) NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uq_indicator_budget_line UNIQUE (budget_line_id)
);
CREATE INDEX ix_indicator_year_section ON indicator (fiscal_year, section_code);

CREATE TABLE ledger_entry (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id        BIGINT        NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    amount              DECIMAL(18,2) NOT NULL,
    document_id         BIGINT,
    document_number     VARCHAR(30),
    item_ref            VARCHAR(60),
    note                VARCHAR(500),
    actor               VARCHAR(50)   NOT NULL,
    on_behalf_of        VARCHAR(50),
    recorded_at         DATETIME(6)   NOT NULL,
    audit_entry_id      BIGINT,
    CONSTRAINT fk_ledger_entry_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
CREATE INDEX ix_ledger_entry_indicator ON ledger_entry (indicator_id);
CREATE INDEX ix_ledger_entry_document ON ledger_entry (document_id);

CREATE TABLE payment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id        BIGINT        NOT NULL,
    amount              DECIMAL(18,2) NOT NULL,
    paid_on             DATE          NOT NULL,
    payee               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(500)  NOT NULL,
    official_card       BOOLEAN       NOT NULL,
    procurement_item_id BIGINT,
    example             BOOLEAN       NOT NULL DEFAULT FALSE,
    entry_id            BIGINT        NOT NULL,
    recorded_by         VARCHAR(50)   NOT NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_payment_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_payment_entry FOREIGN KEY (entry_id) REFERENCES ledger_entry (id)
);
CREATE INDEX ix_payment_indicator ON payment (indicator_id);
