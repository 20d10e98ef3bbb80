CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  active tinyint(1) NOT NULL DEFAULT 1 COMMENT 'is the user active',
  PRIMARY KEY (id)
);
