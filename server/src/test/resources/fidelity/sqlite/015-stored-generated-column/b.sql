CREATE TABLE lines (
  id INTEGER NOT NULL PRIMARY KEY,
  price decimal(10,2) NOT NULL,
  qty integer NOT NULL,
  total decimal(12,2) GENERATED ALWAYS AS (price * qty) STORED
);
