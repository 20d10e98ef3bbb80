SELECT COUNT(*) = 2 FROM clients
SELECT COUNT(*) = 1 FROM orders o JOIN clients c ON c.id = o.customer_id WHERE c.name = 'ann'
