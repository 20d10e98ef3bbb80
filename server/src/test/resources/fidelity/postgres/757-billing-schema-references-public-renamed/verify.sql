SELECT (SELECT count(*) FROM billing.invoices WHERE account_id = 1 AND status = 'paid' AND total = 1250) = 1 AND (SELECT amount FROM billing.line_items WHERE invoice_id = 1) = 1250
