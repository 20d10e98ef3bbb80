CREATE TABLE t (
  id mediumint(8) unsigned NOT NULL,
  n tinyint(3) unsigned zerofill DEFAULT NULL,
  PRIMARY KEY (id)
);
