CREATE TABLE authors (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE posts (
  id int NOT NULL,
  author_id int NOT NULL,
  published_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_posts_author (author_id),
  CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES authors (id)
);
