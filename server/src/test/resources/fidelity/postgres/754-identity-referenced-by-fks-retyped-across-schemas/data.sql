INSERT INTO customers (name) VALUES ('acme'), ('globex');
INSERT INTO orders (customer_id) VALUES (1), (2), (2);
INSERT INTO billing.invoices (customer_id, order_id) VALUES (1, 1), (2, 3);
