INSERT INTO product VALUES (1, 5, 'A-1');
