CREATE TABLE orders (
  shop INTEGER NOT NULL,
  num INTEGER NOT NULL,
  PRIMARY KEY (shop, num)
);
CREATE TABLE lines (
  shop INTEGER NOT NULL,
  num INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (shop, num, line),
  CONSTRAINT fk_lines_order FOREIGN KEY (shop, num) REFERENCES orders (shop, num) ON DELETE CASCADE
);
