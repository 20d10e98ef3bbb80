CREATE TABLE reactions (
  id int NOT NULL,
  kind varchar(20) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb3;
