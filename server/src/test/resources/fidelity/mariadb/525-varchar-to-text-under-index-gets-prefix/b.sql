CREATE TABLE pages (
  id int NOT NULL AUTO_INCREMENT,
  url text NOT NULL,
  summary varchar(100) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_pages_url (url(191))
) DEFAULT CHARSET=utf8mb4;
