CREATE TABLE terms (
  id int NOT NULL,
  slug varchar(191) COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_terms_slug (slug)
);
