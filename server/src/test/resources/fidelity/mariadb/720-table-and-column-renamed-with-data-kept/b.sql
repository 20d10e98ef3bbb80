CREATE TABLE customers (
  id int NOT NULL AUTO_INCREMENT,
  full_name varchar(80) NOT NULL,
  email varchar(120) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY mail (email)
);
