CREATE TABLE hot (
  id int NOT NULL,
  at int NOT NULL,
  PRIMARY KEY (id, at),
  KEY idx_hot_at (at)
);
CREATE TABLE cold (
  id int NOT NULL AUTO_INCREMENT,
  note varchar(20) NOT NULL,
  PRIMARY KEY (id) USING BTREE
) ENGINE=MEMORY;
CREATE TABLE steady (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(20) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=Aria;
