CREATE TABLE hot (
  id int NOT NULL,
  at int NOT NULL,
  tag varchar(20) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_hot_at (at),
  KEY idx_hot_tag (tag)
);
CREATE TABLE cold (
  id int NOT NULL,
  at int NOT NULL,
  tag varchar(20) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_cold_at (at) USING BTREE,
  KEY idx_cold_tag (tag)
) ENGINE=MEMORY;
