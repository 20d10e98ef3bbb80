CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE m (
  id mediumint NOT NULL,
  n mediumint unsigned DEFAULT NULL,
  PRIMARY KEY (id)
);
