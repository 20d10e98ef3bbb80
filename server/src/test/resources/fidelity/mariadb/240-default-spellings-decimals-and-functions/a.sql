CREATE TABLE inv (
  id int NOT NULL,
  total decimal(10,2) NOT NULL DEFAULT 0.00,
  ratio float DEFAULT 0.5,
  token varchar(36) DEFAULT NULL,
  made datetime DEFAULT NULL,
  PRIMARY KEY (id)
);
