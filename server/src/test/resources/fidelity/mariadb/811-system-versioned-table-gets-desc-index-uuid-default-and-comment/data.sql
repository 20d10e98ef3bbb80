INSERT INTO prices VALUES (1, 'A-1', 9.99), (2, 'B-2', 19.99);
UPDATE prices SET amount = 10.49 WHERE id = 1;
