INSERT INTO customer (id, version, name, status, tier) VALUES (1, 0, 'acme', 'ACTIVE', 1), (51, 3, 'globex', 'INACTIVE', 0);
INSERT INTO purchase_order VALUES (1, 1, '2024-01-01 10:00', 12.50);
SELECT setval('customer_seq', 51);
