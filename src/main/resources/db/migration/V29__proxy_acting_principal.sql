-- Issue 12 §1: a proxy's actions name the principal they acted for in a field of their own, so that
-- the auditors' search and exports can show it (the free-text 代 X stays in the details for reading).
ALTER TABLE audit_entry ADD COLUMN on_behalf_of VARCHAR(100);
-- An ended grant whose claimed tasks have gone back to the principal's group: the read-time check
-- and the sweep then skip it.
ALTER TABLE approval_proxy ADD COLUMN claims_released BOOLEAN DEFAULT FALSE NOT NULL;
