CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(200) NOT NULL,
  body mediumtext NOT NULL,
  PRIMARY KEY (id),
  FULLTEXT KEY title_body (title, body)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;
