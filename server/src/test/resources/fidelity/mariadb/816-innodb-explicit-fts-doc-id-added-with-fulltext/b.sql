CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(200) NOT NULL,
  body mediumtext NOT NULL,
  FTS_DOC_ID bigint unsigned NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY FTS_DOC_ID_INDEX (FTS_DOC_ID),
  FULLTEXT KEY title_body (title, body)
) ENGINE=InnoDB;
