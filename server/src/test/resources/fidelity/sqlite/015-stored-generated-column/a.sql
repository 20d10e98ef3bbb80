CREATE TABLE lines (
  id INTEGER NOT NULL PRIMARY KEY,
  price decimal(10,2) NOT NULL,
  qty integer NOT NULL
);
