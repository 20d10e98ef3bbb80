CREATE TABLE product (
  id int NOT NULL,
  qty smallint NOT NULL,
  sku varchar(20) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_qty (qty),
  UNIQUE KEY uq_sku (sku),
  CONSTRAINT chk_qty CHECK (qty >= 0)
);
