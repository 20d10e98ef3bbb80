SELECT (SELECT count(*) FROM billing.invoices WHERE status IN ('paid', 'void')) = 2 AND (SELECT invoice_id FROM billing.refunds) = 1
