SELECT (SELECT a.name FROM account a JOIN "order" o ON o.account_id = a.id JOIN "order line" l ON l."order" = o.id WHERE l.qty = 3) = 'ann'
