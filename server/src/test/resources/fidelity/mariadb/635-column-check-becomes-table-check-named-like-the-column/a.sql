CREATE TABLE stock (
  id int NOT NULL,
  qty int NOT NULL DEFAULT 0 CHECK (qty >= 0),
  cap int NOT NULL DEFAULT 10,
  PRIMARY KEY (id)
);
