CREATE TABLE posts (
  id int NOT NULL,
  slug varchar(120) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
