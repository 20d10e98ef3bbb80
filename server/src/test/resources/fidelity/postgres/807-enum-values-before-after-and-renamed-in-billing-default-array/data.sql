INSERT INTO billing.invoices VALUES (1, 'paid', '{draft,sent,paid}'), (2, 'sent', DEFAULT);
