CREATE TABLE codes (
  id int NOT NULL,
  code varchar(20) NOT NULL,
  label varchar(50) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY code (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
