INSERT INTO billing.payments (amount) VALUES (1.5); INSERT INTO billing.refunds (reason) VALUES ('dup');
