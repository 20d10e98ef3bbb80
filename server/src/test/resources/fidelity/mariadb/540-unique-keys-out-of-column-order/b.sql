CREATE TABLE project_parameter (id int NOT NULL PRIMARY KEY, code bigint NOT NULL, project_code bigint NOT NULL, param_name varchar(255) NOT NULL, note int, tag int,
  UNIQUE KEY uniq_project_parameter (project_code, param_name), UNIQUE KEY uniq_code (code), UNIQUE KEY uniq_tag (tag), UNIQUE KEY uniq_note (note));
CREATE TABLE kept (id int NOT NULL PRIMARY KEY, a int, b int, UNIQUE KEY ua (a), UNIQUE KEY ub (b));
