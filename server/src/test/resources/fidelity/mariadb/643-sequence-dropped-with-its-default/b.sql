CREATE TABLE orders (
  id int NOT NULL,
  num bigint NOT NULL,
  PRIMARY KEY (id)
);
