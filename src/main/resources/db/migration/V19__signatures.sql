-- 手写签名: one PNG per user, drawn once in the browser and shown on the approval sheet next
-- to each decision that user made. Replaced when redrawn, deleted when cleared.
CREATE TABLE user_signature (
    username    VARCHAR(50)   NOT NULL PRIMARY KEY,
    png         BLOB          NOT NULL,
    updated_at  DATETIME(6)   NOT NULL
);
