CREATE TABLE store_website (
  website_id smallint(5) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Website ID',
  code varchar(64) DEFAULT NULL COMMENT 'Code',
  name varchar(64) DEFAULT NULL COMMENT 'Website Name',
  sort_order smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Sort Order',
  PRIMARY KEY (website_id),
  UNIQUE KEY STORE_WEBSITE_CODE (code),
  KEY STORE_WEBSITE_SORT_ORDER (sort_order)
) COMMENT='Websites';
CREATE TABLE catalog_product_website (
  product_id int(10) unsigned NOT NULL COMMENT 'Product ID',
  website_id smallint(5) unsigned NOT NULL COMMENT 'Website ID',
  position int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (product_id, website_id),
  KEY CATALOG_PRODUCT_WEBSITE_WEBSITE_ID (website_id),
  CONSTRAINT CATALOG_PRODUCT_WEBSITE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES store_website (website_id) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Catalog Product To Website Linkage Table';
