CREATE TABLE users (
  uid int NOT NULL,
  PRIMARY KEY (uid)
);
CREATE TABLE posts (
  id int NOT NULL,
  author int NOT NULL,
  PRIMARY KEY (id),
  KEY author (author),
  CONSTRAINT posts_author FOREIGN KEY (author) REFERENCES users (uid) ON DELETE CASCADE ON UPDATE CASCADE
);
