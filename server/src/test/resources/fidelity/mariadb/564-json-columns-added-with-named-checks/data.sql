INSERT INTO products (sku, attrs) VALUES ('A-1', '{"color":"red"}'), ('B-2', NULL);
