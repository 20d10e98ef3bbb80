SELECT COUNT(*) = 2 FROM invoice i JOIN customer c ON c.id = i.customer_id
