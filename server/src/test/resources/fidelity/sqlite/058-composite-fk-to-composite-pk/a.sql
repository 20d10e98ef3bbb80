CREATE TABLE orders (
  shop INTEGER NOT NULL,
  num INTEGER NOT NULL,
  PRIMARY KEY (shop, num)
);
CREATE TABLE lines (
  shop INTEGER NOT NULL,
  num INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (shop, num, line)
);
