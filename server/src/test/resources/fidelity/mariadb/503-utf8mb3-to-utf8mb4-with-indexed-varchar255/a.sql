CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  slug varchar(255) NOT NULL,
  title varchar(255) NOT NULL,
  body text,
  PRIMARY KEY (id),
  UNIQUE KEY uq_articles_slug (slug),
  KEY idx_articles_title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;
