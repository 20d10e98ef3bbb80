CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  slug varchar(191) NOT NULL,
  body text,
  PRIMARY KEY (id),
  UNIQUE KEY slug (slug),
  KEY title (title(100)),
  KEY body_title (body(20), title(10))
);
