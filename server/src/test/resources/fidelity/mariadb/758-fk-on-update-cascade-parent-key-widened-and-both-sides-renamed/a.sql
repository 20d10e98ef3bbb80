CREATE TABLE author (
  aid int NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (aid)
);
CREATE TABLE book (
  id int NOT NULL,
  author int DEFAULT NULL,
  title varchar(100) NOT NULL,
  PRIMARY KEY (id),
  KEY author (author),
  CONSTRAINT book_author FOREIGN KEY (author) REFERENCES author (aid) ON DELETE SET NULL ON UPDATE CASCADE
);
