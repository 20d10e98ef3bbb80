INSERT INTO client VALUES (1, 'acme', NULL);
