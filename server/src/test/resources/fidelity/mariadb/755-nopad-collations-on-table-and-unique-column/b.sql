CREATE TABLE codes (
  id int NOT NULL,
  code varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  label varchar(50) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY code (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_nopad_ci;
