CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  slug varchar(255) NOT NULL,
  title varchar(255) NOT NULL,
  body text,
  PRIMARY KEY (id),
  UNIQUE KEY uq_slug (slug(191)),
  KEY idx_title (title(100))
) DEFAULT CHARSET=utf8mb4;
