CREATE TABLE m (
  id bigint(20) unsigned NOT NULL,
  a tinyint(1) DEFAULT NULL,
  b tinyint(4) DEFAULT NULL,
  c smallint(5) unsigned DEFAULT NULL,
  d int(11) DEFAULT NULL,
  e tinyint(2) NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
