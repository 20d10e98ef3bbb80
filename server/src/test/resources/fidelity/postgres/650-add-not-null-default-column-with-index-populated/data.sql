INSERT INTO orders (customer_id, total) SELECT g % 7, g FROM generate_series(1, 50) g;
