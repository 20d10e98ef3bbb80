CREATE TABLE p (
  id int NOT NULL,
  qty int NOT NULL CHECK (qty >= 0),
  PRIMARY KEY (id)
);
