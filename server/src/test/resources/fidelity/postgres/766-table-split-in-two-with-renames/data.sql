INSERT INTO customers (full_name, email, city) VALUES ('Ann', 'ann@x.io', 'Berlin'), ('Bob', 'bob@x.io', NULL);
INSERT INTO orders (customer_id, total) VALUES (1, 10), (2, 20);
