CREATE TABLE legacy (
  id int NOT NULL,
  name varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  body text DEFAULT NULL,
  note varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
