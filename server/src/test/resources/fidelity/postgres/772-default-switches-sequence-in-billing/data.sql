INSERT INTO billing.invoices (id) VALUES (1);
INSERT INTO credit_notes (id) VALUES (1);
