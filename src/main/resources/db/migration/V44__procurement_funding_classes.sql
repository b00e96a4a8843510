-- issue 19 §2: which economic classes (部门预算支出经济分类, 类) may pay for which procurement category.
-- An allow-list: a budget line may fund an item only if its economic class is listed for the item's
-- category. 工资福利支出 (301) and 对个人和家庭的补助 (303) pay people, never goods, works or services,
-- so they are not listed; a class added to the catalogue later funds nothing until a row says so.
-- class_name repeats the catalogue's name for the messages that list the allowed classes.
-- Kept as data so that finance can correct it without a release.
CREATE TABLE procurement_funding_class (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category       VARCHAR(20)  NOT NULL,
    economic_class VARCHAR(3)   NOT NULL,
    class_name     VARCHAR(50)  NOT NULL,
    CONSTRAINT uq_procurement_funding_class UNIQUE (category, economic_class)
);
INSERT INTO procurement_funding_class (category, economic_class, class_name) VALUES
    ('GOODS', '302', '商品和服务支出'),
    ('GOODS', '310', '资本性支出'),
    ('WORKS', '302', '商品和服务支出'),
    ('WORKS', '310', '资本性支出'),
    ('SERVICES', '302', '商品和服务支出'),
    ('SERVICES', '310', '资本性支出');
