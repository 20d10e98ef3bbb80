CREATE TABLE pages (
  id int NOT NULL,
  slug tinytext NOT NULL,
  body longtext,
  thumb blob,
  PRIMARY KEY (id),
  KEY idx_slug (slug(20))
);
