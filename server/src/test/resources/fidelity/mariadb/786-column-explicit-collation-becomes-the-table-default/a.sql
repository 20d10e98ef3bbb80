CREATE TABLE users (
  id int NOT NULL,
  email varchar(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  nick varchar(30) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY email (email)
) DEFAULT CHARSET=utf8mb3;
