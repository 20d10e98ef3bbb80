CREATE TABLE tags (
  id int NOT NULL,
  label varchar(30) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
