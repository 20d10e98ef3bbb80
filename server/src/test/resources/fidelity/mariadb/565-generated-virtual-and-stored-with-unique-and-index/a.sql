CREATE TABLE customers (
  id int NOT NULL AUTO_INCREMENT,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  email varchar(191) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
