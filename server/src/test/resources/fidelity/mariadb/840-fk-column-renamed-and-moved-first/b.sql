CREATE TABLE tenants (id int NOT NULL, PRIMARY KEY (id));
CREATE TABLE projects (
  tenant_id int NOT NULL,
  id int NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id),
  KEY tenant (tenant_id),
  CONSTRAINT projects_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE
);
