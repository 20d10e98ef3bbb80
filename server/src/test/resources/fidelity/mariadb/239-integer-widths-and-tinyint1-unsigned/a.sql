CREATE TABLE m (
  id bigint(20) unsigned NOT NULL,
  a tinyint(1) unsigned DEFAULT NULL,
  b tinyint(3) unsigned DEFAULT NULL,
  c smallint(6) DEFAULT NULL,
  d int(3) DEFAULT NULL,
  PRIMARY KEY (id)
);
