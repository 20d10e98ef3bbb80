INSERT INTO billing.invoices (total) VALUES (1), (2);
INSERT INTO billing.lines (invoice_id) VALUES (1), (2), (2);
