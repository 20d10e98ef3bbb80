CREATE TABLE authors (id int NOT NULL, PRIMARY KEY (id));
CREATE TABLE books (
  id int NOT NULL,
  author_id int NOT NULL,
  published date NOT NULL,
  PRIMARY KEY (id),
  KEY author_id (author_id) IGNORED,
  KEY author_recent (author_id, published DESC),
  CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors (id)
);
