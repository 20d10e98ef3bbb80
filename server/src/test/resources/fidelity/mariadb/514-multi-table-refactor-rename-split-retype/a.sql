CREATE TABLE author (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(100) NOT NULL,
  bio text,
  country char(2) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb3;
CREATE TABLE post (
  id int NOT NULL AUTO_INCREMENT,
  author_id int NOT NULL,
  title varchar(200) NOT NULL,
  published tinyint(1) NOT NULL DEFAULT 0,
  created datetime NOT NULL,
  PRIMARY KEY (id),
  KEY author_id (author_id),
  CONSTRAINT post_ibfk_1 FOREIGN KEY (author_id) REFERENCES author (id)
) DEFAULT CHARSET=utf8mb3;
CREATE TABLE legacy_stats (id int NOT NULL PRIMARY KEY, hits int);
