CREATE TABLE prices (
  id int NOT NULL,
  sku varchar(20) NOT NULL,
  amount decimal(10,2) NOT NULL,
  public_id uuid NOT NULL DEFAULT uuid(),
  PRIMARY KEY (id),
  KEY sku_amount (sku, amount DESC)
) WITH SYSTEM VERSIONING COMMENT='versioned price list';
