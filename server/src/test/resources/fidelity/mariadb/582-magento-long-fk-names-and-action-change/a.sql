CREATE TABLE store_website (
  website_id smallint(5) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Website ID',
  code varchar(32) DEFAULT NULL COMMENT 'Code',
  PRIMARY KEY (website_id),
  UNIQUE KEY STORE_WEBSITE_CODE (code)
) COMMENT='Websites';
CREATE TABLE catalog_product_website (
  product_id int(10) unsigned NOT NULL COMMENT 'Product ID',
  website_id smallint(5) unsigned NOT NULL COMMENT 'Website ID',
  PRIMARY KEY (product_id, website_id),
  KEY CATALOG_PRODUCT_WEBSITE_WEBSITE_ID (website_id),
  CONSTRAINT CATALOG_PRODUCT_WEBSITE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES store_website (website_id) ON DELETE CASCADE
) COMMENT='Catalog Product To Website Linkage Table';
