CREATE TABLE users (
  user_id int NOT NULL,
  PRIMARY KEY (user_id)
);
CREATE TABLE posts (
  id int NOT NULL,
  author_id int NOT NULL,
  PRIMARY KEY (id),
  KEY author (author_id),
  CONSTRAINT posts_author FOREIGN KEY (author_id) REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE
);
