INSERT INTO billing.ledger (at, amount) VALUES ('2024-05-01', 10), ('2026-01-01', 20); INSERT INTO billing.audit (at, what) VALUES ('2024-01-01', 'x');
