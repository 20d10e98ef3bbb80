CREATE TABLE terms (
  id int NOT NULL,
  slug varchar(255) COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_terms_slug (slug(191))
);
