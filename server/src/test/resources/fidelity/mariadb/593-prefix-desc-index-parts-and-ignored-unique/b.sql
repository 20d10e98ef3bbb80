CREATE TABLE pages (
  id int NOT NULL,
  path varchar(500) NOT NULL,
  title varchar(200) DEFAULT NULL,
  updated datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_path (path(100) DESC, updated DESC) COMMENT 'newest first',
  UNIQUE KEY uq_title (title(50)) IGNORED
) DEFAULT CHARSET=utf8mb4;
