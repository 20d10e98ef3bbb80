CREATE TABLE tenants (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE projects (
  tenant_id int NOT NULL,
  code varchar(40) NOT NULL,
  title varchar(100) NOT NULL,
  PRIMARY KEY (tenant_id, code),
  CONSTRAINT fk_projects_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE tasks (
  id int NOT NULL AUTO_INCREMENT,
  tenant_id int NOT NULL,
  project_code varchar(40) DEFAULT NULL,
  title varchar(100) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_tasks_project (tenant_id, project_code),
  CONSTRAINT fk_tasks_project FOREIGN KEY (tenant_id, project_code) REFERENCES projects (tenant_id, code) ON DELETE CASCADE ON UPDATE CASCADE
);
