CREATE TABLE project_parameter (id int NOT NULL PRIMARY KEY, code bigint NOT NULL, project_code bigint NOT NULL, param_name varchar(255) NOT NULL, note int, tag int);
CREATE TABLE kept (id int NOT NULL PRIMARY KEY, a int, b int, UNIQUE KEY ub (b), UNIQUE KEY ua (a));
