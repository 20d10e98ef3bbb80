CREATE TABLE sessions (
  id char(32) NOT NULL,
  data varchar(2000) NOT NULL DEFAULT '',
  expires int unsigned NOT NULL,
  PRIMARY KEY (id),
  KEY expires (expires) USING BTREE
) ENGINE=MEMORY;
