CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(200) NOT NULL,
  summary varchar(500) DEFAULT NULL,
  body mediumtext NOT NULL,
  PRIMARY KEY (id),
  FULLTEXT KEY title_body (title, body)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
