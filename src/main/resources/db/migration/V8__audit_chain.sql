-- Tamper evidence: every entry carries its place in the chain (seq), the previous entry's hash
-- and SHA-256(previous hash + canonical content). The head of the chain is kept outside the
-- audit table as well, so that deleting the newest entries is detectable too.
ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX uk_audit_entry_seq ON audit_entry (seq);

CREATE TABLE audit_chain_head (
    id          INT          NOT NULL PRIMARY KEY,
    last_seq    BIGINT       NOT NULL,
    last_hash   VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL
);
-- The genesis hash is 64 zeros; entries written before this migration are outside the chain.
INSERT INTO audit_chain_head (id, last_seq, last_hash, updated_at)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', CURRENT_TIMESTAMP);
