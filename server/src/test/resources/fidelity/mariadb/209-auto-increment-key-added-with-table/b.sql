CREATE TABLE logs (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE audit (
  tenant int NOT NULL,
  n bigint unsigned NOT NULL AUTO_INCREMENT,
  msg varchar(200) NOT NULL,
  PRIMARY KEY (tenant, n),
  KEY idx_n (n)
);
