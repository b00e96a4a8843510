-- The organisation of DOMAIN.md §1: the center, its six sections (in the order of the
-- published budget) and the parent department. People are created by the application.
CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT uk_org_unit_code UNIQUE (code)
);

INSERT INTO org_unit (id, code, name, kind, sort_order) VALUES
    (1, 'C00', '南昌市数字科学研究中心', 'CENTER', 0),
    (11, 'S01', '综合科', 'SECTION', 1),
    (12, 'S02', '基础设施与安全科', 'SECTION', 2),
    (13, 'S03', '数据治理科', 'SECTION', 3),
    (14, 'S04', '数字政务与网站管理科', 'SECTION', 4),
    (15, 'S05', '数字产业研究室', 'SECTION', 5),
    (16, 'S06', '新技术应用推进科', 'SECTION', 6),
    (90, 'B00', '南昌市政务数据管理局', 'BUREAU', 90);

CREATE TABLE app_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(50)  NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    section_id     BIGINT,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_section FOREIGN KEY (section_id) REFERENCES org_unit (id)
);
