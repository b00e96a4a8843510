-- 代理审批 (out-of-office proxy): while the principal is away (starts_on to ends_on, both days
-- included) their review tasks, assigned to them or open to their groups, appear in the proxy's
-- inbox and the proxy may decide them, recorded as "代 <principal> 审批". A principal's ranges
-- do not overlap; a range that is cancelled is deleted (the audit log keeps it).
CREATE TABLE approval_proxy (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    principal   VARCHAR(50)   NOT NULL,
    proxy       VARCHAR(50)   NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL
);
CREATE INDEX ix_approval_proxy_proxy ON approval_proxy (proxy, starts_on, ends_on);
CREATE INDEX ix_approval_proxy_principal ON approval_proxy (principal, starts_on);
