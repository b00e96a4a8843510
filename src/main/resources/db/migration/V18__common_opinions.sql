-- 常用意见: each user's own list of approval comments, in the order they arrange it. The
-- review form offers them for insertion into the comment.
CREATE TABLE common_opinion (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(50)   NOT NULL,
    position   INT           NOT NULL,
    text       VARCHAR(200)  NOT NULL
);
CREATE INDEX ix_common_opinion_user ON common_opinion (username, position);
