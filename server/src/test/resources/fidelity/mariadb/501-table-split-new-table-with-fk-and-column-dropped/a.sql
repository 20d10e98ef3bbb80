CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(80) NOT NULL,
  street varchar(120) DEFAULT NULL,
  city varchar(80) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_users_city (city)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
