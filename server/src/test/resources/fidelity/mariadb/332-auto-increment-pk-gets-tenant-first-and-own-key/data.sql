INSERT INTO orders (tenant_id, total) VALUES (1, 10.00), (2, 20.50), (1, 7.25);
