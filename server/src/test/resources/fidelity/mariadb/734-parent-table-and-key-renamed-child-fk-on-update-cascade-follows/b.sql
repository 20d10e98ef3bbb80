CREATE TABLE writer (
  writer_id int NOT NULL,
  PRIMARY KEY (writer_id)
);
CREATE TABLE book (
  id int NOT NULL,
  writer_id int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_book_author (writer_id),
  CONSTRAINT fk_book_author FOREIGN KEY (writer_id) REFERENCES writer (writer_id) ON DELETE RESTRICT ON UPDATE CASCADE
);
