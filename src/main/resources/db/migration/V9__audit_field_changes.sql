-- Field-level audit of edits: each edit records every changed value before and after, as a
-- JSON array that the entry's hash covers. An edit that rewrites a long budget can change
-- hundreds of values, more than the 4000 characters of `details`, hence a text column.
-- Entries without changes leave it NULL and keep the canonical form they were hashed with.
ALTER TABLE audit_entry ADD COLUMN field_changes MEDIUMTEXT;
