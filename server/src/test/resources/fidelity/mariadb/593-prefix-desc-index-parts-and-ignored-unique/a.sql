CREATE TABLE pages (
  id int NOT NULL,
  path varchar(500) NOT NULL,
  title varchar(200) DEFAULT NULL,
  updated datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_path (path(100))
) DEFAULT CHARSET=utf8mb4;
