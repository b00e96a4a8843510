-- Issue 22: the audit chain is keyed. Each entry carries a seal (HMAC or signature) over its hash,
-- made with a key that lives outside the database, so that someone with write access to the
-- database alone can no longer recompute a valid chain. Existing entries are not rewritten:
-- the first entry written with a key (AUDIT_KEY) covers them through its previous hash.
ALTER TABLE audit_entry ADD COLUMN seal VARCHAR(200);
-- Which key sealed the newest entry: when the configured key differs, the next append opens a new segment.
ALTER TABLE audit_chain_head ADD COLUMN key_fingerprint VARCHAR(64);
