CREATE TABLE pages (
  id int NOT NULL,
  title varchar(255) NOT NULL,
  body text,
  PRIMARY KEY (id),
  KEY title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
