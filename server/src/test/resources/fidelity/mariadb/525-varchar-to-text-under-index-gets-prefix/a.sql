CREATE TABLE pages (
  id int NOT NULL AUTO_INCREMENT,
  url varchar(191) NOT NULL,
  summary varchar(500) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_pages_url (url)
) DEFAULT CHARSET=utf8mb4;
