CREATE TABLE notes (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  body text,
  PRIMARY KEY (id),
  KEY title (title),
  FULLTEXT KEY body (body)
) ENGINE=Aria DEFAULT CHARSET=utf8mb3 ROW_FORMAT=PAGE;
