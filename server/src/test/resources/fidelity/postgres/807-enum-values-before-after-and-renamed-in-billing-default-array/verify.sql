SELECT (SELECT state::text FROM billing.invoices WHERE id = 1) = 'settled' AND (SELECT history::text FROM billing.invoices WHERE id = 1) = '{draft,sent,settled}'
