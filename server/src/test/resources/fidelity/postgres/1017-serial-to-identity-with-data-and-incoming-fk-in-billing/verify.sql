SELECT (SELECT count(*) FROM billing.lines) = 3 AND (SELECT max(id) FROM billing.invoices) = 2
