CREATE SEQUENCE book_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE author (
  id bigint NOT NULL,
  name varchar(255) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE TABLE book (
  id bigint NOT NULL,
  title varchar(255) DEFAULT NULL,
  published bit(1) NOT NULL,
  created datetime(6) DEFAULT NULL,
  author_id bigint DEFAULT NULL,
  PRIMARY KEY (id),
  KEY FKklnrv3weler2ftkweewlky958 (author_id),
  CONSTRAINT FKklnrv3weler2ftkweewlky958 FOREIGN KEY (author_id) REFERENCES author (id)
) ENGINE=InnoDB;
