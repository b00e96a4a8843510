-- Issue 5, budget disclosure (单位预算公开).

-- The 2022 demo budget sits under a function class the published 2023 budget does not name
-- ("主要因机构改革，功能科目改变"); 206 科学技术支出 › 20603 应用研究 › 2060301 机构运行 is a real
-- code of 财预〔2022〕107号 and the assumed one, flagged for verification.
INSERT INTO classification_code (scheme, code, name, parent_code, level_no, leaf, needs_verification) VALUES
    ('FUNCTION', '206', '科学技术支出', NULL, 1, FALSE, TRUE),
    ('FUNCTION', '20603', '应用研究', '206', 2, FALSE, TRUE),
    ('FUNCTION', '2060301', '机构运行', '20603', 3, TRUE, TRUE);

