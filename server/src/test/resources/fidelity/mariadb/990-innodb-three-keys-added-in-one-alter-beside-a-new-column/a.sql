CREATE TABLE orders (
  id int NOT NULL,
  code int NOT NULL,
  ref varchar(20) NOT NULL,
  placed date NOT NULL,
  PRIMARY KEY (id)
);
