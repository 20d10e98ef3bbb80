INSERT INTO billing.invoices VALUES (1, 9.50);
