-- The budget year (预算编制, 二上二下): one preparation per fiscal year, its figures by version
-- (一上, 控制数, 分解, 二上, 批复; written once, never changed), the sections 财务 proceeded
-- without, and each section request's round. A request line's approved amount is set at 批复.
CREATE TABLE budget_year (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fiscal_year         INT           NOT NULL,
    budget_round        VARCHAR(16)   NOT NULL,
    one_up_deadline     DATE          NOT NULL,
    two_up_deadline     DATE          NOT NULL,
    instructions        VARCHAR(2000) NOT NULL,
    opened_by           VARCHAR(50)   NOT NULL,
    opened_at           DATETIME(6)  NOT NULL,
    ceilings_ref        VARCHAR(100),
    ceilings_date       DATE,
    split_approved_by   VARCHAR(50),
    split_approved_at   DATETIME(6),
    approval_ref        VARCHAR(100),
    approval_date       DATE,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_budget_year_fiscal_year UNIQUE (fiscal_year)
);

CREATE TABLE budget_figure (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    budget_year_id      BIGINT        NOT NULL,
    version_kind        VARCHAR(16)   NOT NULL,
    section_code        VARCHAR(10),
    kind                VARCHAR(20)   NOT NULL,
    function_code       VARCHAR(10),
    economic_code       VARCHAR(10),
    project_id          BIGINT,
    amount              DECIMAL(18,2) NOT NULL,
    source_document_id  BIGINT,
    source_line_no      INT,
    reason              VARCHAR(500),
    recorded_by         VARCHAR(50)   NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_budget_figure_year FOREIGN KEY (budget_year_id) REFERENCES budget_year (id)
);
CREATE INDEX ix_budget_figure_year_version ON budget_figure (budget_year_id, version_kind);

ALTER TABLE budget_draft ADD COLUMN budget_round VARCHAR(16);
ALTER TABLE budget_line ADD COLUMN approved_amount DECIMAL(18,2);
