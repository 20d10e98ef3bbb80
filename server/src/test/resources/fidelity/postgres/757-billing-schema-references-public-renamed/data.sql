INSERT INTO accounts (email) VALUES ('a@x.io');
INSERT INTO billing.invoices (account, status, total_cents) VALUES (1, 'paid', 1250);
INSERT INTO billing.invoice_lines (invoice_id, description, cents) VALUES (1, 'seat', 1250);
