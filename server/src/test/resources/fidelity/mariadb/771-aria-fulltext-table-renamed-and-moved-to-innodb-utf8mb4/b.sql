CREATE TABLE memos (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  body text,
  PRIMARY KEY (id),
  KEY title (title),
  FULLTEXT KEY body (body)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
