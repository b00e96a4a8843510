-- Execution progress (执行进度). The alert rates are unit policy like the other thresholds: the
-- administrator changes them on the 审批阈值 page. They are percentages of the year's quota spent
-- by the end of the month (财政部's usual 序时进度 checkpoints), kept in the amount column.
INSERT INTO policy_threshold (threshold_key, amount_yuan, label, basis, sort_order) VALUES
    ('executionAlertAprilPercent', 25.00, '执行进度预警：4月末支出进度（%）',
     '预算执行序时进度考核，单位自定；低于此比例的指标向科长和财务提示', 20),
    ('executionAlertJunePercent', 40.00, '执行进度预警：6月末支出进度（%）',
     '预算执行序时进度考核，单位自定；低于此比例的指标向科长和财务提示', 21),
    ('executionAlertAugustPercent', 60.00, '执行进度预警：8月末支出进度（%）',
     '预算执行序时进度考核，单位自定；低于此比例的指标向科长和财务提示', 22),
    ('executionAlertOctoberPercent', 80.00, '执行进度预警：10月末支出进度（%）',
     '预算执行序时进度考核，单位自定；低于此比例的指标向科长和财务提示', 23);

-- One row per 指标 and month it was reported behind: the daily check tells the section head and
-- 财务 once a month, and the unique key keeps two checks (two nodes, a rerun) from telling twice.
CREATE TABLE execution_alert (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id   BIGINT        NOT NULL,
    alert_month    VARCHAR(7)    NOT NULL,
    section_code   VARCHAR(10)   NOT NULL,
    rate_percent   DECIMAL(7,2)  NOT NULL,
    threshold_percent DECIMAL(7,2) NOT NULL,
    sent_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_execution_alert UNIQUE (indicator_id, alert_month),
    CONSTRAINT fk_execution_alert_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
