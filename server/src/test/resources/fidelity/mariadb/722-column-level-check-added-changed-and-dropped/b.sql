CREATE TABLE p (
  id int NOT NULL,
  qty int NOT NULL CHECK (qty >= 0 AND qty < 1000),
  price decimal(8,2) DEFAULT NULL CHECK (price > 0),
  PRIMARY KEY (id)
);
