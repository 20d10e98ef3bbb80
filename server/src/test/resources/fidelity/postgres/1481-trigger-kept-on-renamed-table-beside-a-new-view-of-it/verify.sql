SELECT count(*) = 1 FROM customer WHERE name = 'acme'
