CREATE TABLE products (
  id int NOT NULL,
  attrs json NOT NULL,
  PRIMARY KEY (id)
);
