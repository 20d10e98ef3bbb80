CREATE TABLE posts (
  id int NOT NULL,
  headline varchar(200) COLLATE utf8mb4_unicode_ci NOT NULL,
  content text COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (id),
  FULLTEXT KEY ft (headline, content)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
