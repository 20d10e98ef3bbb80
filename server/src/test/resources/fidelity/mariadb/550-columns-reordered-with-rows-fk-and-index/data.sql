INSERT INTO customers (id, name) VALUES (1, 'ada'), (2, 'bob');
INSERT INTO orders (id, note, total, customer_id, created_at, status) VALUES
  (1, 'first', 12.50, 1, '2026-01-02 03:04:05', 'paid'),
  (2, NULL, 0.00, 2, '2026-02-03 04:05:06', 'new');
