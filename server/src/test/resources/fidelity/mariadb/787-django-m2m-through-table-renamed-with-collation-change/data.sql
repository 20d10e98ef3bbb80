INSERT INTO shop_product VALUES (1, 'P-1');
INSERT INTO shop_category VALUES (1, 'tools');
INSERT INTO shop_product_categories VALUES (1, 1, 1);
