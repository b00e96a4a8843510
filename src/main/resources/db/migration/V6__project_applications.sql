-- Project expenditure applications (项目支出申报), their performance-target tables (绩效目标表)
-- and the project library (项目库): an approved application carries a project code.

-- Level-1 and level-2 indicator categories of DOMAIN.md §7, kept as data because provinces
-- differ (some file 成本 as its own level 1): moving or adding a category is a row change.
-- Level-3 indicators hang on categories without children. requires_indicator: the table must
-- hold at least one level-3 indicator somewhere under this category.
CREATE TABLE indicator_category (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(30)  NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    parent_id           BIGINT,
    sort_order          INT          NOT NULL,
    requires_indicator  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_indicator_category_code UNIQUE (code),
    CONSTRAINT fk_indicator_category_parent FOREIGN KEY (parent_id) REFERENCES indicator_category (id)
);

INSERT INTO indicator_category (id, code, name, parent_id, sort_order, requires_indicator) VALUES
    (1, 'OUTPUT', '产出指标', NULL, 10, FALSE),
    (2, 'BENEFIT', '效益指标', NULL, 20, TRUE),
    (3, 'SATISFACTION', '满意度指标', NULL, 30, TRUE);
INSERT INTO indicator_category (id, code, name, parent_id, sort_order, requires_indicator) VALUES
    (11, 'QUANTITY', '数量指标', 1, 11, TRUE),
    (12, 'QUALITY', '质量指标', 1, 12, TRUE),
    (13, 'TIMELINESS', '时效指标', 1, 13, TRUE),
    (14, 'COST', '成本指标', 1, 14, TRUE),
    (21, 'SOCIAL_BENEFIT', '社会效益指标', 2, 21, FALSE),
    (22, 'ECOLOGICAL_BENEFIT', '生态效益指标', 2, 22, FALSE),
    (23, 'ECONOMIC_BENEFIT', '经济效益指标', 2, 23, FALSE),
    (24, 'SUSTAINABLE_IMPACT', '可持续影响指标', 2, 24, FALSE),
    (31, 'BENEFICIARY_SATISFACTION', '服务对象满意度指标', 3, 31, FALSE);

-- The application's own part; the header (number, section, year, status, annual budget as
-- total_amount) is the shared document row. period_* are year-months 'YYYY-MM'.
-- project_code is set once, when the application is approved, and is unique in the library.
CREATE TABLE project_application (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    name               VARCHAR(100)   NOT NULL,
    category           VARCHAR(30)    NOT NULL,
    overview           VARCHAR(2000)  NOT NULL,
    legal_basis        VARCHAR(2000)  NOT NULL,
    implementing_body  VARCHAR(100)   NOT NULL,
    period_start       VARCHAR(7)     NOT NULL,
    period_end         VARCHAR(7)     NOT NULL,
    project_code       VARCHAR(30),
    approved_at        DATETIME(6),
    CONSTRAINT uk_project_application_code UNIQUE (project_code),
    CONSTRAINT fk_project_application_document FOREIGN KEY (id) REFERENCES document (id)
);

CREATE TABLE project_cost_line (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT         NOT NULL,
    line_no         INT            NOT NULL,
    function_code   VARCHAR(10)    NOT NULL,
    economic_code   VARCHAR(10)    NOT NULL,
    amount          DECIMAL(18,2)  NOT NULL,
    note            VARCHAR(200),
    CONSTRAINT fk_project_cost_line_application FOREIGN KEY (application_id) REFERENCES project_application (id)
);
CREATE INDEX ix_project_cost_line_application ON project_cost_line (application_id);

-- Level-3 indicators. direction: GT, GE, EQ, LT, LE or QUALITATIVE (定性); weight is optional,
-- but when one indicator of a table has a weight, all have and they sum to 100.
CREATE TABLE performance_indicator (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT         NOT NULL,
    line_no         INT            NOT NULL,
    category_id     BIGINT         NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    direction       VARCHAR(20)    NOT NULL,
    target_value    VARCHAR(100)   NOT NULL,
    unit            VARCHAR(20),
    weight          DECIMAL(5,2),
    note            VARCHAR(500),
    CONSTRAINT fk_performance_indicator_application FOREIGN KEY (application_id) REFERENCES project_application (id),
    CONSTRAINT fk_performance_indicator_category FOREIGN KEY (category_id) REFERENCES indicator_category (id)
);
CREATE INDEX ix_performance_indicator_application ON performance_indicator (application_id);

-- Budget-draft lines of kind PROJECT fund an approved project of the library.
-- The index comes first so that MySQL uses it for the foreign key instead of adding a second one.
ALTER TABLE budget_line ADD COLUMN project_id BIGINT;
CREATE INDEX ix_budget_line_project ON budget_line (project_id);
ALTER TABLE budget_line ADD CONSTRAINT fk_budget_line_project FOREIGN KEY (project_id) REFERENCES project_application (id);
