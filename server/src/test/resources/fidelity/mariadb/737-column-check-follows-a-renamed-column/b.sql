CREATE TABLE p (
  id int NOT NULL,
  quantity int NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (id)
);
