CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(80) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE user_addresses (
  id int NOT NULL AUTO_INCREMENT,
  user_id int NOT NULL,
  street varchar(120) DEFAULT NULL,
  city varchar(80) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_user_addresses_city (city),
  KEY fk_user_addresses_user (user_id),
  CONSTRAINT fk_user_addresses_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
