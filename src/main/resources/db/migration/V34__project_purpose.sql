-- Issue 16: 项目目的, the one sentence a project's disclosure summary opens with ("1、<项目名称>：<目的>")
-- before 1）项目概述. Bounded to one sentence of at most 200 characters; optional for applications
-- filed before, but a disclosure naming a project without it is not publishable.
ALTER TABLE project_application ADD COLUMN purpose VARCHAR(200);
