CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  login varchar(50) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY login (login)
);
CREATE TABLE posts (
  id int NOT NULL AUTO_INCREMENT,
  user_id int NOT NULL,
  PRIMARY KEY (id),
  KEY user_id (user_id),
  CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES users (id)
);
