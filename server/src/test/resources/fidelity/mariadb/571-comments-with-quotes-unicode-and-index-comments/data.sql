INSERT INTO catalog_product (sku, price) VALUES ('x', 1.5);
