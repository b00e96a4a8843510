-- Unit policy and procurement limits, edited by the administrator. The approval-routing
-- decision table and procurement validation read them, so a threshold change needs no release.
CREATE TABLE policy_threshold (
    threshold_key  VARCHAR(60)   NOT NULL PRIMARY KEY,
    amount_yuan    DECIMAL(18,2) NOT NULL,
    label          VARCHAR(100)  NOT NULL,
    basis          VARCHAR(300)  NOT NULL,
    sort_order     INT           NOT NULL,
    updated_by     VARCHAR(50),
    updated_at     DATETIME(6)
);

INSERT INTO policy_threshold (threshold_key, amount_yuan, label, basis, sort_order) VALUES
    ('projectCollectiveThresholdYuan', 500000.00, '项目支出集体决策限额',
     '“三重一大”大额度资金使用，单位自定（财会〔2012〕21号第十四条）；起始值50万元', 1),
    ('publicTenderThresholdYuan', 2000000.00, '货物和服务公开招标数额标准',
     '江西省集中采购目录及标准（2022年版，赣财购〔2021〕30号），市级200万元', 2),
    ('decentralizedLimitGoodsServicesYuan', 500000.00, '货物和服务分散采购限额',
     '江西省集中采购目录及标准（2022年版），市级50万元', 3),
    ('decentralizedLimitWorksYuan', 600000.00, '工程分散采购限额',
     '江西省集中采购目录及标准（2022年版），市级60万元', 4);
