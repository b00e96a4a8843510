-- In-app notifications (站内通知): one row per recipient and message. Read once opened or
-- marked read; the bell in the frame counts the unread ones.
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(50)   NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(1000),
    link         VARCHAR(200),
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)
);
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at);

-- Optional e-mail notifications (budgetflow.mail.enabled): a person's address, where known.
ALTER TABLE app_user ADD COLUMN email VARCHAR(200);
