CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  slug varchar(255) NOT NULL,
  title text NOT NULL,
  body mediumtext,
  PRIMARY KEY (id),
  UNIQUE KEY uq_slug (slug),
  KEY idx_title (title(150)),
  KEY idx_body (body(255))
) DEFAULT CHARSET=utf8mb4;
