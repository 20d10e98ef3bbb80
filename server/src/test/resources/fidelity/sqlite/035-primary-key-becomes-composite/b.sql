CREATE TABLE stock (
  shop INTEGER NOT NULL,
  sku TEXT NOT NULL,
  qty INTEGER,
  PRIMARY KEY (shop, sku)
);
