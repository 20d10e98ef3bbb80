CREATE TABLE authors (
  id bigint unsigned NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE books (
  id int NOT NULL,
  author_id bigint unsigned DEFAULT NULL,
  title varchar(100) NOT NULL,
  PRIMARY KEY (id),
  KEY author (author_id),
  CONSTRAINT book_author FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL ON UPDATE CASCADE
);
