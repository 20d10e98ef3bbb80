CREATE TABLE counters (
  id int(10) unsigned NOT NULL AUTO_INCREMENT,
  hits int unsigned NOT NULL DEFAULT 0,
  small tinyint unsigned NOT NULL DEFAULT 255,
  delta smallint(5) DEFAULT NULL,
  PRIMARY KEY (id)
);
