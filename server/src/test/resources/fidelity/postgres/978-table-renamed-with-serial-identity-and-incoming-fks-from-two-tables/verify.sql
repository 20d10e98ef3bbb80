SELECT count(*) = 2 AND (SELECT count(*) FROM orders o JOIN customer c ON c.id = o.customer_id) = 2 AND (SELECT max(code) FROM customer) = 2 FROM customer
