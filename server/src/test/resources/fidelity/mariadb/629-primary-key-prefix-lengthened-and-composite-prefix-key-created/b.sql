CREATE TABLE kv (
  k varchar(300) NOT NULL,
  v text,
  PRIMARY KEY (k(150))
);
CREATE TABLE files (
  tenant int NOT NULL,
  path varchar(500) NOT NULL,
  size bigint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant, path(200) DESC)
);
