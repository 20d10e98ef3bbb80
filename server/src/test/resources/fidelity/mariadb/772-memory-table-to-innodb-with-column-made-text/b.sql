CREATE TABLE sessions (
  id char(32) NOT NULL,
  data mediumtext NOT NULL,
  expires int unsigned NOT NULL,
  PRIMARY KEY (id),
  KEY expires (expires) USING BTREE
) ENGINE=InnoDB;
