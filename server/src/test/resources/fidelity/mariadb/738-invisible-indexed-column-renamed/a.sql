CREATE TABLE t (
  id int NOT NULL,
  tenant int NOT NULL DEFAULT 0 INVISIBLE,
  PRIMARY KEY (id),
  KEY tenant (tenant)
);
