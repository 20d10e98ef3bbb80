CREATE TABLE Orders (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE OrderLines (
  id int NOT NULL,
  order_id int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_lines_order (order_id),
  CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES Orders (id)
);
