CREATE TABLE people (
  id int NOT NULL AUTO_INCREMENT,
  full_name varchar(100) NOT NULL,
  name varchar(40) DEFAULT NULL COMMENT 'display name',
  email varchar(190) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_name (full_name),
  KEY idx_short_name (name),
  UNIQUE KEY email (email)
);
