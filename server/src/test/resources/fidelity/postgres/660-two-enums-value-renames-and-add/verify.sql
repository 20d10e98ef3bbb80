SELECT count(*) = 2 AND bool_and(history <> '{}' OR status = 'shipped') FROM orders
