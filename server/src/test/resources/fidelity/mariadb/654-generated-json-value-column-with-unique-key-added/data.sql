INSERT INTO products VALUES (1, '{"sku": "A-1"}'), (2, '{"sku": "B-2"}');
