-- issue 12 §2: sign-in throttling that can be neither raced nor turned against the user.
-- Usernames are no longer locked (a stranger could lock anyone out): their failures only slow
-- further checks down, and a client address that fails a lot is slowed, then stopped, for every
-- name. Rows are reserved before the password is checked (row lock), so parallel guesses are
-- counted before they are checked.
ALTER TABLE login_throttle DROP COLUMN locked_until;

CREATE TABLE login_throttle_client (
    address         VARCHAR(64)  NOT NULL PRIMARY KEY,
    failed_count    INT          NOT NULL,
    last_failed_at  DATETIME(6)  NOT NULL,
    blocked_until   DATETIME(6)
);

-- Repeated refusals (failed sign-ins, denied requests) of one name from one client are written to
-- the audit log once when they start and once, with their count, when their window ends.
CREATE TABLE audit_refusal_window (
    window_key   VARCHAR(320) NOT NULL PRIMARY KEY,
    action       VARCHAR(40)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    actor_role   VARCHAR(40),
    client       VARCHAR(64)  NOT NULL,
    what         VARCHAR(200) NOT NULL,
    occurrences  INT          NOT NULL,
    first_at     DATETIME(6)  NOT NULL,
    last_at      DATETIME(6)  NOT NULL
);
