CREATE TABLE t (
  id int NOT NULL,
  tenant_id int NOT NULL DEFAULT 0 INVISIBLE,
  PRIMARY KEY (id),
  KEY tenant (tenant_id)
);
