CREATE TABLE visits (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  page varchar(100) NOT NULL,
  at datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_page_at (page, at)
);
