-- the columns that follow the table's collation follow its change; one with its own collation keeps it
CREATE TABLE notes (
  id int NOT NULL,
  title varchar(80) NOT NULL,
  body text DEFAULT NULL,
  code varchar(10) COLLATE utf8mb4_bin DEFAULT NULL,
  kind enum('a','b') DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_title (title)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
