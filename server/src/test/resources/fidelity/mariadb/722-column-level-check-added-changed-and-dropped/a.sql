CREATE TABLE p (
  id int NOT NULL,
  qty int NOT NULL CHECK (qty >= 0),
  price decimal(8,2) DEFAULT NULL,
  PRIMARY KEY (id)
);
