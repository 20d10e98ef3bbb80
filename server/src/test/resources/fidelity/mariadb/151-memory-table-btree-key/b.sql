CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);
CREATE TABLE hot (
  id int NOT NULL,
  at int NOT NULL,
  KEY idx_hot_at (at) USING BTREE,
  PRIMARY KEY (id)
) ENGINE=MEMORY;
