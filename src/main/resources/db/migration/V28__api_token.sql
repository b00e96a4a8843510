-- API tokens (issue 12 §4). Only the SHA-256 of a token is kept: a token is 256 random bits, so a
-- fast hash is as safe as bcrypt for it and costs microseconds on every call. account_stamp is
-- the SHA-256 of the account's password hash, role and section when the token was issued: a
-- token whose account no longer matches (password reset, role or section changed) is refused.
CREATE TABLE api_token (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash     CHAR(64)     NOT NULL,
    username       VARCHAR(50)  NOT NULL,
    account_stamp  CHAR(64)     NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    revoked_at     DATETIME(6),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_username ON api_token (username);
