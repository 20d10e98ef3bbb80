CREATE TABLE carts (
  id int NOT NULL,
  items longtext NOT NULL,
  meta longtext DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
