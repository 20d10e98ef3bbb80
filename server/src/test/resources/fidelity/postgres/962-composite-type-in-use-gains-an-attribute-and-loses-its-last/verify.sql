SELECT bool_and((total).value = 1.50 AND (total).currency = 'EUR' AND (total).rate IS NULL AND (lines[1]).currency = 'EUR') FROM invoices
