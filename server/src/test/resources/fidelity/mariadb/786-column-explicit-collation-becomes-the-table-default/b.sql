CREATE TABLE users (
  id int NOT NULL,
  email varchar(150) NOT NULL,
  nick varchar(30) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY email (email)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
