SELECT count(*) = 2 AND (SELECT count(*) FROM payments p JOIN billing.invoices i ON i.id = p.inv_id) = 1 FROM billing.invoices
