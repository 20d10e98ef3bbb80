INSERT INTO prices VALUES (1, 9.99, 'a');
UPDATE prices SET amount = 10.99 WHERE id = 1;
