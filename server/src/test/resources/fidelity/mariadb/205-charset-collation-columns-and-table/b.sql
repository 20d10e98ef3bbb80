CREATE TABLE people (
  id int NOT NULL,
  name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  code char(3) CHARACTER SET latin1 COLLATE latin1_general_cs NOT NULL,
  bio text,
  nick varchar(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_code (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
