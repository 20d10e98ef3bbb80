CREATE TABLE people (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(100) NOT NULL,
  email varchar(190) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_name (name),
  UNIQUE KEY email (email)
);
