CREATE TABLE menu (
  id int NOT NULL,
  kind enum('','café','thé') NOT NULL DEFAULT '',
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
