CREATE TABLE users_legacy (
  id int NOT NULL AUTO_INCREMENT,
  login varchar(50) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY login (login)
);
CREATE TABLE users (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  login varchar(100) NOT NULL,
  legacy_id int DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY login (login),
  KEY legacy_id (legacy_id),
  CONSTRAINT users_legacy_fk FOREIGN KEY (legacy_id) REFERENCES users_legacy (id)
);
CREATE TABLE posts (
  id int NOT NULL AUTO_INCREMENT,
  user_id int NOT NULL,
  PRIMARY KEY (id),
  KEY user_id (user_id),
  CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES users_legacy (id)
);
