-- issue 20 §2: the sections become data the administrator maintains (科室管理). A section is never
-- removed once documents or people refer to it; it is disabled instead (active = FALSE): no new
-- documents are drafted for it and nobody is newly placed in it. head_user_id names its 科长 (a
-- SECTION_HEAD account of that section), optional. The seed's six sections stay as they are.
ALTER TABLE org_unit ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE org_unit ADD COLUMN head_user_id BIGINT;
ALTER TABLE org_unit ADD CONSTRAINT fk_org_unit_head FOREIGN KEY (head_user_id) REFERENCES app_user (id);
ALTER TABLE org_unit ADD CONSTRAINT uk_org_unit_name UNIQUE (name);
