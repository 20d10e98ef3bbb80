CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE posts (
  id int NOT NULL,
  author_id int DEFAULT NULL,
  title varchar(200) NOT NULL,
  body text,
  PRIMARY KEY (id),
  FULLTEXT KEY ft_posts_body (body),
  FULLTEXT KEY ft_posts_title (title)
);
ALTER TABLE posts ADD CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES users (id);
CREATE INDEX idx_posts_title ON posts (title);
