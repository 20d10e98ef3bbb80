CREATE TABLE author (
  aid int NOT NULL,
  PRIMARY KEY (aid)
);
CREATE TABLE book (
  id int NOT NULL,
  aid int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_book_author (aid),
  CONSTRAINT fk_book_author FOREIGN KEY (aid) REFERENCES author (aid) ON DELETE RESTRICT ON UPDATE CASCADE
);
