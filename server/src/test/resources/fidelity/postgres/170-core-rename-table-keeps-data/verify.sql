SELECT count(*) = 1 FROM clients
