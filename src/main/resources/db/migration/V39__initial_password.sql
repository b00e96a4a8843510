-- An account created by the 花名册 import gets a one-time initial password, shown once to the
-- administrator; the person must choose their own at first sign-in. Existing accounts keep theirs.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
