CREATE TABLE product (
  id int NOT NULL,
  quantity int unsigned NOT NULL,
  code varchar(40) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_qty (quantity),
  UNIQUE KEY uq_sku (code),
  CONSTRAINT chk_qty CHECK (quantity >= 0)
);
