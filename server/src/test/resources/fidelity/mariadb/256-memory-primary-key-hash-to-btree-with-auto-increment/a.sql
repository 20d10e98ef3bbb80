CREATE TABLE sessions (
  id int NOT NULL AUTO_INCREMENT,
  at int NOT NULL,
  PRIMARY KEY (id),
  KEY idx_sessions_at (at)
) ENGINE=MEMORY;
CREATE TABLE ticks (
  at int NOT NULL,
  val int NOT NULL,
  PRIMARY KEY (at) USING BTREE
) ENGINE=MEMORY;
