-- Issue 16 §3: the official names of the classification catalogue use full-width brackets, as the Ministry of
-- Finance's 政府收支分类科目 and the published tables print them: 政府办公厅（室）及相关机构事务, 因公出国（境）费用.
-- The disclosure, the 审批单 and the exports show these names as they are stored.
UPDATE classification_code
   SET name = REPLACE(REPLACE(name, '(', '（'), ')', '）')
 WHERE name LIKE '%(%' OR name LIKE '%)%';
