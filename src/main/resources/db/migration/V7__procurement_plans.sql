-- Government procurement plans (政府采购计划): the header is the shared document row; items
-- name the approved budget line that funds them. The start month is kept as its first day.
CREATE TABLE procurement_plan (
    id  BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_procurement_plan_document FOREIGN KEY (id) REFERENCES document (id)
);

CREATE TABLE procurement_item (
    id                           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id                      BIGINT        NOT NULL,
    item_no                      INT           NOT NULL,
    category                     VARCHAR(10)   NOT NULL,
    name                         VARCHAR(200)  NOT NULL,
    quantity                     DECIMAL(18,2) NOT NULL,
    unit                         VARCHAR(20)   NOT NULL,
    amount                       DECIMAL(18,2) NOT NULL,
    method                       VARCHAR(30)   NOT NULL,
    organisation_form            VARCHAR(20)   NOT NULL,
    in_catalogue                 BOOLEAN       NOT NULL,
    funding_line_id              BIGINT        NOT NULL,
    start_month                  DATE          NOT NULL,
    demand_overview              VARCHAR(1000),
    method_change_justification  VARCHAR(2000),
    CONSTRAINT fk_procurement_item_plan FOREIGN KEY (plan_id) REFERENCES procurement_plan (id),
    CONSTRAINT fk_procurement_item_funding FOREIGN KEY (funding_line_id) REFERENCES budget_line (id)
);
CREATE INDEX ix_procurement_item_plan ON procurement_item (plan_id);
-- How much of a budget line plans already draw on is summed by line.
CREATE INDEX ix_procurement_item_funding ON procurement_item (funding_line_id);
