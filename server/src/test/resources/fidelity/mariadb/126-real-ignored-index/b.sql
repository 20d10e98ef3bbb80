CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  email varchar(100) DEFAULT NULL,
  KEY idx_users_email (email) IGNORED,
  PRIMARY KEY (id)
);
