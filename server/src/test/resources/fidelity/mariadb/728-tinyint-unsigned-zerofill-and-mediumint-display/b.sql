CREATE TABLE t (
  id int(10) unsigned NOT NULL,
  n smallint(5) unsigned zerofill DEFAULT '00007',
  PRIMARY KEY (id)
);
