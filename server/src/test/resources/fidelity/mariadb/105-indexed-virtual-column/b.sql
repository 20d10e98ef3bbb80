CREATE TABLE p (
  id int NOT NULL,
  price decimal(10,2) NOT NULL,
  qty int NOT NULL,
  total decimal(12,2) GENERATED ALWAYS AS (price * qty) VIRTUAL,
  PRIMARY KEY (id),
  KEY idx_p_total (total)
);
