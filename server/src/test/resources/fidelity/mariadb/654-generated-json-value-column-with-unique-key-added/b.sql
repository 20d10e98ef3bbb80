CREATE TABLE products (
  id int NOT NULL,
  attrs json NOT NULL,
  sku varchar(20) AS (json_value(attrs, '$.sku')) VIRTUAL COMMENT 'from attrs',
  PRIMARY KEY (id),
  UNIQUE KEY uk_products_sku (sku)
);
