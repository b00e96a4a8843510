-- Budget adjustments (预算调剂: 调剂, 追加, 追减) of the approved budget's 指标 during the year.
-- The header is the shared document row; its rows each 调减 or 调增 one 指标, or 调增 a new line.
-- A row keeps the codes of its line as they were when it was written (for an existing 指标 copied
-- from it), so the document reads and routes the same even after the ledger moved on.
CREATE TABLE budget_adjustment (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    adjustment_kind     VARCHAR(16)   NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    basis               VARCHAR(2000) NOT NULL,
    performance_change  VARCHAR(2000),
    funding_source      VARCHAR(200),
    CONSTRAINT fk_budget_adjustment_document FOREIGN KEY (id) REFERENCES document (id)
);

CREATE TABLE budget_adjustment_row (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    adjustment_id   BIGINT        NOT NULL,
    row_no          INT           NOT NULL,
    direction       VARCHAR(10)   NOT NULL,
    indicator_id    BIGINT,
    section_code    VARCHAR(10)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    function_code   VARCHAR(10)   NOT NULL,
    economic_code   VARCHAR(10)   NOT NULL,
    project_id      BIGINT,
    amount          DECIMAL(18,2) NOT NULL,
    CONSTRAINT fk_adjustment_row_adjustment FOREIGN KEY (adjustment_id) REFERENCES budget_adjustment (id),
    CONSTRAINT fk_adjustment_row_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
CREATE INDEX ix_adjustment_row_adjustment ON budget_adjustment_row (adjustment_id);

-- From this amount a 调剂 needs 主任办公会 and 数据局 (processes/adjustment-routing.dmn).
INSERT INTO policy_threshold (threshold_key, amount_yuan, label, basis, sort_order) VALUES
    ('adjustmentCollectiveThresholdYuan', 500000.00, '预算调剂集体决策限额',
     '“三重一大”大额度资金使用须集体决策（财会〔2012〕21号第十四条），单位自定；起始值50万元', 5);
