CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE ticks (
  tenant int NOT NULL,
  n int NOT NULL AUTO_INCREMENT,
  label varchar(20) DEFAULT NULL,
  PRIMARY KEY (tenant, n),
  KEY idx_ticks_label (label),
  KEY idx_ticks_n (n)
);
