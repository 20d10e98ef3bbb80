CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  created_at datetime NOT NULL DEFAULT '2026-01-01 00:00:00',
  PRIMARY KEY (id)
);
