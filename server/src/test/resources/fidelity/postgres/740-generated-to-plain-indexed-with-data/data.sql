INSERT INTO orders (id, net, tax_rate) VALUES (1, 100, 0.2), (2, 50.50, 0.1), (3, 10, 0);
