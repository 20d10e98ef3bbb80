CREATE TABLE carts (
  id int NOT NULL,
  items json NOT NULL,
  meta longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(meta)),
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
