INSERT INTO customer VALUES (1, 'x', 1, 2.5);
