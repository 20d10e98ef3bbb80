CREATE TABLE author (
  id int NOT NULL,
  name varchar(20) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE book (
  id int NOT NULL,
  author_id int NOT NULL,
  title varchar(50) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_book_author (author_id),
  CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
);
