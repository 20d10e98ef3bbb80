INSERT INTO billing.invoices VALUES (1, 'paid', 100, NULL), (2, 'void', 0, NULL);
INSERT INTO billing.refunds VALUES (1, 1);
