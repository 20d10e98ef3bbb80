CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  email varchar(100) DEFAULT NULL,
  KEY idx_users_name_email (name, email),
  PRIMARY KEY (id)
);
