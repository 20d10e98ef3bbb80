CREATE TABLE book (
  id bigint NOT NULL AUTO_INCREMENT,
  title varchar(255) DEFAULT NULL,
  published bit(1) NOT NULL,
  created datetime(6) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE SEQUENCE author_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE author (
  id bigint NOT NULL,
  name varchar(255) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
