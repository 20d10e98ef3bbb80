SELECT (SELECT amount FROM billing.invoices WHERE id = 1) = 9.50
