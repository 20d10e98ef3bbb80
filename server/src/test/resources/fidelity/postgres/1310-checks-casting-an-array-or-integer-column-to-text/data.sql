INSERT INTO organizations VALUES (1, 'acme');
