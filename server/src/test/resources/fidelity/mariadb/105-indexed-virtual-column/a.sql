CREATE TABLE p (
  id int NOT NULL,
  price decimal(10,2) NOT NULL,
  qty int NOT NULL,
  PRIMARY KEY (id)
);
