CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  alias varchar(20) DEFAULT NULL,
  email varchar(100) DEFAULT NULL,
  created_at datetime NOT NULL DEFAULT '2026-01-01 00:00:00',
  PRIMARY KEY (id)
);
