SELECT (SELECT count(*) FROM billing.invoices WHERE id >= 1000) = 2 AND (SELECT max(id) FROM orders) = 3 AND (SELECT pg_typeof(customer_id)::text FROM billing.invoices LIMIT 1) = 'bigint'
