INSERT INTO customers VALUES (1); INSERT INTO orders (customer_id, total, code) VALUES (1, 10, 'A');
