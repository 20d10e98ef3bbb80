CREATE TABLE catalog_product (
  entity_id int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  sku varchar(64) NOT NULL COMMENT 'SKU',
  price decimal(20,6) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY idx_sku (sku)
) COMMENT='Catalog Product Table';
