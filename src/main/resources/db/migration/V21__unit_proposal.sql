-- The unit's budget proposal (单位预算建议数) of one round of a budget year: the header is the
-- shared document row (section C00, the center); its lines are the lines of the sections'
-- accepted requests, each with the amount requested and the amount proposed, and the reason
-- wherever they differ. open_key is '<year>-<round>' until the proposal is approved or voided:
-- a unique key on it allows one open proposal per year and round on H2 and MySQL alike.
CREATE TABLE unit_proposal (
    id            BIGINT       NOT NULL PRIMARY KEY,
    budget_round  VARCHAR(16)  NOT NULL,
    open_key      VARCHAR(40),
    CONSTRAINT uk_unit_proposal_open UNIQUE (open_key),
    CONSTRAINT fk_unit_proposal_document FOREIGN KEY (id) REFERENCES document (id)
);

CREATE TABLE proposal_line (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id          BIGINT        NOT NULL,
    line_no              INT           NOT NULL,
    section_code         VARCHAR(10)   NOT NULL,
    source_draft_id      BIGINT        NOT NULL,
    source_draft_number  VARCHAR(30)   NOT NULL,
    source_line_no       INT           NOT NULL,
    function_code        VARCHAR(10)   NOT NULL,
    economic_code        VARCHAR(10)   NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    project_id           BIGINT,
    requested_amount     DECIMAL(18,2) NOT NULL,
    proposed_amount      DECIMAL(18,2) NOT NULL,
    cut_reason           VARCHAR(500),
    CONSTRAINT fk_proposal_line_proposal FOREIGN KEY (proposal_id) REFERENCES unit_proposal (id),
    CONSTRAINT fk_proposal_line_draft FOREIGN KEY (source_draft_id) REFERENCES budget_draft (id)
);
CREATE INDEX ix_proposal_line_proposal ON proposal_line (proposal_id);
