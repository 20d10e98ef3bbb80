CREATE TABLE t (
  id int NOT NULL,
  name varchar(20) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
