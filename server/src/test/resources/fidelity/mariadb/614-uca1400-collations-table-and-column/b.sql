CREATE TABLE names (
  id int NOT NULL,
  name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_cs DEFAULT NULL,
  kind enum('a','b') DEFAULT NULL,
  sort_key varchar(50) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
