CREATE TABLE catalog_product (
  entity_id int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  sku varchar(64) NOT NULL COMMENT 'SKU – the "stock keeping unit", it''s unique',
  price decimal(20,6) DEFAULT NULL COMMENT 'Prix € (TTC) \\ net',
  PRIMARY KEY (entity_id),
  KEY idx_sku (sku) COMMENT 'lookup by ''sku'' – ok'
) COMMENT='Catalog Product Table — 商品 "main"';
