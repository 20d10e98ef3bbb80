CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE counters (
  id int unsigned NOT NULL AUTO_INCREMENT,
  t tinyint unsigned DEFAULT NULL,
  s smallint unsigned NOT NULL DEFAULT 0,
  m mediumint unsigned DEFAULT NULL,
  b bigint unsigned NOT NULL,
  d decimal(10,2) unsigned DEFAULT NULL,
  PRIMARY KEY (id)
);
