INSERT INTO store_website (code) VALUES ('admin'), ('base');
INSERT INTO catalog_product_website VALUES (1, 2);
