CREATE TABLE tenants (id int NOT NULL, PRIMARY KEY (id));
CREATE TABLE projects (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  tenant int NOT NULL,
  PRIMARY KEY (id),
  KEY tenant (tenant),
  CONSTRAINT projects_tenant FOREIGN KEY (tenant) REFERENCES tenants (id) ON DELETE CASCADE
);
