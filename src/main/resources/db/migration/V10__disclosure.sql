-- Issue 5, budget disclosure (单位预算公开).

-- The 2022 demo budget sits under a function class the published 2023 budget does not name
-- ("主要因机构改革，功能科目改变"); 206 科学技术支出 › 20603 应用研究 › 2060301 机构运行 is a real
-- code of 财预〔2022〕107号 and the assumed one, flagged for verification.
INSERT INTO classification_code (scheme, code, name, parent_code, level_no, leaf, needs_verification) VALUES
    ('FUNCTION', '206', '科学技术支出', NULL, 1, FALSE, TRUE),
    ('FUNCTION', '20603', '应用研究', '206', 2, FALSE, TRUE),
    ('FUNCTION', '2060301', '机构运行', '20603', 3, TRUE, TRUE);

-- A year's disclosure on its way to publication. The snapshot is the disclosure as 综合科
-- submitted it (tables, text and checks as JSON): the director approves exactly those figures,
-- and once published they no longer follow the approved documents.
CREATE TABLE disclosure_publication (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fiscal_year     INT           NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    version         BIGINT        NOT NULL,
    snapshot_json   LONGTEXT,
    total_amount    DECIMAL(18,2),
    prepared_by     VARCHAR(50),
    submitted_at    DATETIME(6),
    decided_by      VARCHAR(50),
    decided_at      DATETIME(6),
    return_comment  VARCHAR(2000),
    published_at    DATETIME(6),
    CONSTRAINT uk_disclosure_publication_year UNIQUE (fiscal_year)
);
