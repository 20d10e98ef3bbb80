INSERT INTO prices VALUES (1, 'tea', 2.50);
UPDATE prices SET amount = 2.75 WHERE id = 1;
