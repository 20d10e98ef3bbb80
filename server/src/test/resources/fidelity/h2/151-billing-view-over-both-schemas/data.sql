INSERT INTO items VALUES (1, 'a');
INSERT INTO billing.invoices VALUES (10, 1, 2.50);
