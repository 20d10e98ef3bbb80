CREATE TABLE writer (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE title (
  id int NOT NULL,
  writer_id int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_book_author (writer_id),
  CONSTRAINT fk_book_author FOREIGN KEY (writer_id) REFERENCES writer (id) ON DELETE CASCADE
);
