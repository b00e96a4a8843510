-- The budget year, second part: the sections 财务 proceeded without in a round (不等待该科室,
-- with the reason), and which documents the bureau never reads (a section's request of a budget
-- year goes no further than 财务; the bureau reads the unit's proposal instead).
CREATE TABLE budget_year_excuse (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    budget_year_id      BIGINT        NOT NULL,
    section_code        VARCHAR(10)   NOT NULL,
    budget_round        VARCHAR(16)   NOT NULL,
    reason              VARCHAR(500)  NOT NULL,
    excused_by          VARCHAR(50)   NOT NULL,
    excused_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_budget_year_excuse_year FOREIGN KEY (budget_year_id) REFERENCES budget_year (id),
    CONSTRAINT uq_budget_year_excuse UNIQUE (budget_year_id, section_code, budget_round)
);

ALTER TABLE document ADD COLUMN hidden_from_bureau BOOLEAN NOT NULL DEFAULT FALSE;
