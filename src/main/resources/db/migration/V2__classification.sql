-- Classification catalogues of 财预〔2022〕107号 (2023 edition), the part this unit uses
-- (DOMAIN.md §5). Kept as data so that a corrected or extended code needs no release.
-- needs_verification marks the codes the domain reference asks to verify against the official list.
CREATE TABLE classification_code (
    scheme              VARCHAR(10)  NOT NULL,
    code                VARCHAR(10)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    parent_code         VARCHAR(10),
    level_no            INT          NOT NULL,
    leaf                BOOLEAN      NOT NULL,
    needs_verification  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_classification_code PRIMARY KEY (scheme, code)
);

-- 支出功能分类: 类 (3 digits) › 款 (5) › 项 (7). Lines are coded at 项.
INSERT INTO classification_code (scheme, code, name, parent_code, level_no, leaf, needs_verification) VALUES
    ('FUNCTION', '201', '一般公共服务支出', NULL, 1, FALSE, FALSE),
    ('FUNCTION', '20103', '政府办公厅(室)及相关机构事务', '201', 2, FALSE, FALSE),
    ('FUNCTION', '2010301', '行政运行', '20103', 3, TRUE, TRUE),
    ('FUNCTION', '2010302', '一般行政管理事务', '20103', 3, TRUE, TRUE),
    ('FUNCTION', '2010350', '事业运行', '20103', 3, TRUE, FALSE),
    ('FUNCTION', '2010399', '其他政府办公厅(室)及相关机构事务支出', '20103', 3, TRUE, TRUE),
    ('FUNCTION', '208', '社会保障和就业支出', NULL, 1, FALSE, FALSE),
    ('FUNCTION', '20805', '行政事业单位养老支出', '208', 2, FALSE, FALSE),
    ('FUNCTION', '2080502', '事业单位离退休', '20805', 3, TRUE, FALSE),
    ('FUNCTION', '2080505', '机关事业单位基本养老保险缴费支出', '20805', 3, TRUE, FALSE),
    ('FUNCTION', '2080506', '机关事业单位职业年金缴费支出', '20805', 3, TRUE, TRUE),
    ('FUNCTION', '221', '住房保障支出', NULL, 1, FALSE, FALSE),
    ('FUNCTION', '22102', '住房改革支出', '221', 2, FALSE, FALSE),
    ('FUNCTION', '2210201', '住房公积金', '22102', 3, TRUE, FALSE),
    ('FUNCTION', '2210202', '提租补贴', '22102', 3, TRUE, TRUE),
    ('FUNCTION', '2210203', '购房补贴', '22102', 3, TRUE, FALSE);

-- 部门预算支出经济分类: 类 (3 digits) › 款 (5). Lines are coded at 款.
INSERT INTO classification_code (scheme, code, name, parent_code, level_no, leaf, needs_verification) VALUES
    ('ECONOMIC', '301', '工资福利支出', NULL, 1, FALSE, FALSE),
    ('ECONOMIC', '30101', '基本工资', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30102', '津贴补贴', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30103', '奖金', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30107', '绩效工资', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30108', '机关事业单位基本养老保险缴费', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30109', '职业年金缴费', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30110', '职工基本医疗保险缴费', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30112', '其他社会保障缴费', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30113', '住房公积金', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '30199', '其他工资福利支出', '301', 2, TRUE, FALSE),
    ('ECONOMIC', '302', '商品和服务支出', NULL, 1, FALSE, FALSE),
    ('ECONOMIC', '30201', '办公费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30205', '水费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30206', '电费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30207', '邮电费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30211', '差旅费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30212', '因公出国(境)费用', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30213', '维修(护)费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30215', '会议费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30216', '培训费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30217', '公务接待费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30226', '劳务费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30227', '委托业务费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30228', '工会经费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30229', '福利费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30231', '公务用车运行维护费', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '30299', '其他商品和服务支出', '302', 2, TRUE, FALSE),
    ('ECONOMIC', '303', '对个人和家庭的补助', NULL, 1, FALSE, FALSE),
    ('ECONOMIC', '30302', '退休费', '303', 2, TRUE, FALSE),
    ('ECONOMIC', '30399', '其他对个人和家庭的补助', '303', 2, TRUE, FALSE),
    ('ECONOMIC', '310', '资本性支出', NULL, 1, FALSE, FALSE),
    ('ECONOMIC', '31002', '办公设备购置', '310', 2, TRUE, FALSE),
    ('ECONOMIC', '31007', '信息网络及软件购置更新', '310', 2, TRUE, FALSE),
    ('ECONOMIC', '31013', '公务用车购置', '310', 2, TRUE, FALSE);
