CREATE TABLE writer (
  id int NOT NULL,
  name varchar(20) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE book (
  id int NOT NULL,
  writer_id int NOT NULL,
  title varchar(50) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_book_author (writer_id),
  CONSTRAINT fk_book_author FOREIGN KEY (writer_id) REFERENCES writer (id) ON DELETE CASCADE
);
