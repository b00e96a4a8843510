-- Failed sign-ins per username (lower-cased, so that case variants share one counter on MySQL's
-- case-insensitive collations too). A row exists only while someone has recent failures or a lock;
-- a successful sign-in or an administrator's unlock deletes it. Usernames that do not exist are
-- counted as well, so that the answers do not tell which accounts exist.
CREATE TABLE login_throttle (
    username        VARCHAR(100) NOT NULL PRIMARY KEY,
    failed_count    INT          NOT NULL,
    last_failed_at  DATETIME(6)  NOT NULL,
    locked_until    DATETIME(6)
);
