CREATE TABLE posts (
  id int NOT NULL,
  title varchar(200) NOT NULL,
  content text NOT NULL,
  PRIMARY KEY (id),
  FULLTEXT KEY ft (title, content)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
