CREATE TABLE items (
  id int NOT NULL AUTO_INCREMENT,
  price_cents int NOT NULL,
  qty int NOT NULL DEFAULT 1,
  total_cents int GENERATED ALWAYS AS (price_cents * qty) STORED,
  PRIMARY KEY (id),
  KEY idx_items_price (price_cents),
  KEY idx_items_total (total_cents)
);
